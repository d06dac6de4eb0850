package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.model.Organization;

/** An organization seen by one of its members, with that member's role. */
public record MemberOrganization(Organization organization, OrganizationRole role) {
}
