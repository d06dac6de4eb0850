package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.time.Instant;
import java.util.Map;

/** Memberships of users in workspaces, with their capability overrides. */
public interface WorkspaceMembers {

    /** Adds a member with a role and overrides. */
    void add(OrganizationId organizationId, WorkspaceId workspaceId, UserId userId,
            WorkspaceRole role, Map<Capability, Boolean> overrides, Instant joinedAt);
}
