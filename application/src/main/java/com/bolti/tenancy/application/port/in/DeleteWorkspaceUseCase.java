package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;

/**
 * Deletes a workspace with everything in it and releases its phone numbers (organization
 * owner and admins). The last workspace of an organization cannot be deleted.
 */
public interface DeleteWorkspaceUseCase {

    /** @param confirm the workspace's slug as the caller typed it, or {@code null} */
    record DeleteWorkspaceCommand(UserId actor, WorkspaceId workspaceId, String confirm) {
    }

    void delete(DeleteWorkspaceCommand command);
}
