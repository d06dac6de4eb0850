package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;

/**
 * Reads a workspace: allowed to whoever holds a capability there and to the organization's
 * owner and admins.
 */
public interface GetWorkspaceQuery {

    VisibleWorkspace get(UserId actor, WorkspaceId workspaceId);
}
