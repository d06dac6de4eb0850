package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;

/**
 * Lists an organization's workspaces: all of them for its owner and admins, otherwise those
 * where the caller holds a workspace membership.
 */
public interface ListWorkspacesQuery {

    Page<VisibleWorkspace> list(UserId actor, OrganizationId organizationId, PageRequest page);
}
