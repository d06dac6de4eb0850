package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Reads an organization the caller belongs to. */
public interface GetOrganizationQuery {

    MemberOrganization get(UserId actor, OrganizationId organizationId);
}
