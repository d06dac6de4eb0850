package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.OrganizationMember;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;

/** Lists an organization's members (owner and admins). */
public interface ListOrganizationMembersQuery {

    Page<OrganizationMember> list(UserId actor, OrganizationId organizationId, PageRequest page);
}
