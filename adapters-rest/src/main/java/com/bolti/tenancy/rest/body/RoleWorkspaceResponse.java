package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.model.Workspace;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** A workspace in an organization's list, with the caller's workspace role or null. */
public record RoleWorkspaceResponse(UUID id, UUID organizationId, String name, String slug,
        @JsonRawValue String settings, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) String role) {

    public static RoleWorkspaceResponse of(VisibleWorkspace visible) {
        Workspace workspace = visible.workspace();
        WorkspaceRole role = visible.access().workspaceRole();
        return new RoleWorkspaceResponse(workspace.id().value(), workspace.organizationId().value(),
                workspace.name().value(), workspace.slug().value(), workspace.settings().json(),
                workspace.createdAt(), workspace.updatedAt(), role == null ? null : role.name());
    }
}
