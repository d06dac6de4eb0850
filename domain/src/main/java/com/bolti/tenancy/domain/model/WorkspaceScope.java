package com.bolti.tenancy.domain.model;

import java.util.Objects;

/**
 * Tenant scope of a workspace resource: the workspace and the organization it belongs to.
 * Every read and write of a resource names its scope.
 */
public record WorkspaceScope(OrganizationId organizationId, WorkspaceId workspaceId) {

    public WorkspaceScope {
        Objects.requireNonNull(organizationId, "organization id");
        Objects.requireNonNull(workspaceId, "workspace id");
    }

    /** Returns the scope of {@code workspace}. */
    public static WorkspaceScope of(Workspace workspace) {
        return new WorkspaceScope(workspace.organizationId(), workspace.id());
    }
}
