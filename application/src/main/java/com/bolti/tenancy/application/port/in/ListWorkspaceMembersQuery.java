package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.WorkspaceMember;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;

/** Lists a workspace's members with their role, overrides and capabilities. */
public interface ListWorkspaceMembersQuery {

    Page<WorkspaceMember> list(UserId actor, WorkspaceId workspaceId, PageRequest page);
}
