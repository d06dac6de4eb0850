package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Memberships of users in workspaces, with their capability overrides. */
public interface WorkspaceMembers {

    /** Adds a member with a role and overrides. */
    void add(OrganizationId organizationId, WorkspaceId workspaceId, UserId userId,
            WorkspaceRole role, Map<Capability, Boolean> overrides, Instant joinedAt);

    /** Replaces the role and overrides of an existing member. */
    void change(WorkspaceId workspaceId, UserId userId, WorkspaceRole role, Map<Capability, Boolean> overrides);

    /** Removes a membership; returns {@code false} when there was none. */
    boolean remove(WorkspaceId workspaceId, UserId userId);

    /** Returns one member of the workspace, or empty. */
    Optional<WorkspaceMember> find(WorkspaceId workspaceId, UserId userId);

    /** Counts the workspace's members. */
    long count(WorkspaceId workspaceId);

    /** Lists the workspace's members ordered by membership key. */
    Page<WorkspaceMember> list(WorkspaceId workspaceId, PageRequest page);
}
