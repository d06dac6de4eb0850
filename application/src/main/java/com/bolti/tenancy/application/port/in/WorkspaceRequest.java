package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.Objects;

/**
 * Caller and active workspace of a call on a workspace resource, the workspace coming from
 * the {@code Bolti-Workspace} header.
 */
public record WorkspaceRequest(UserId actor, WorkspaceId workspaceId) {

    public WorkspaceRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(workspaceId, "workspaceId");
    }
}
