package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.model.Workspace;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** A workspace as the API shows it; {@code settings} is the stored JSON object as is. */
public record WorkspaceResponse(UUID id, UUID organizationId, String name, String slug,
        @JsonRawValue String settings, Instant createdAt, Instant updatedAt) {

    public static WorkspaceResponse of(Workspace workspace) {
        return new WorkspaceResponse(workspace.id().value(), workspace.organizationId().value(),
                workspace.name().value(), workspace.slug().value(), workspace.settings().json(),
                workspace.createdAt(), workspace.updatedAt());
    }
}
