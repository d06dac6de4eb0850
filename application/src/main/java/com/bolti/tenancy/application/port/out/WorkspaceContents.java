package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * Contents of a workspace (agents, tools, knowledge bases, contacts, call logs, phone numbers),
 * for deletion previews and for the deletion itself.
 */
public interface WorkspaceContents {

    /** Numbers of resources per kind in one workspace. */
    record Counts(long agents, long tools, long knowledgeBases, long contacts, long callLogs) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    /** Counts the workspace's resources. */
    Counts count(WorkspaceId workspaceId);

    /** Lists the E.164 numbers of the workspace's {@code ACTIVE} phone numbers. */
    List<String> activePhoneNumbers(WorkspaceId workspaceId);

    /**
     * Releases every {@code ACTIVE} phone number of the workspace in set-based statements,
     * writing one {@code phone_number.released} outbox message per number in the caller's
     * transaction; returns how many were released.
     */
    int releasePhoneNumbers(OrganizationId organizationId, WorkspaceId workspaceId, UserId actor, Instant now);
}
