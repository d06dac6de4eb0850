package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.model.Invitation;
import java.util.UUID;

/** A workspace and the role held there. */
public record WorkspaceGrantBody(UUID workspaceId, String role) {

    public static WorkspaceGrantBody of(Invitation.WorkspaceGrant grant) {
        return new WorkspaceGrantBody(grant.workspaceId().value(), grant.role().name());
    }
}
