package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;

/** Removes a member from a workspace; also how a member leaves one. */
public interface RemoveWorkspaceMemberUseCase {

    void remove(UserId actor, WorkspaceId workspaceId, UserId member);
}
