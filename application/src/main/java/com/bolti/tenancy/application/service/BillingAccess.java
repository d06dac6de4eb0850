package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Loads an organization for a billing use case and checks the caller's billing power. */
final class BillingAccess {

    private final OrganizationRepository organizations;

    BillingAccess(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** Requires {@code organization.billing.read}: the owner, admins and billing members. */
    MemberOrganization reader(UserId actor, OrganizationId organizationId) {
        return require(actor, organizationId, OrganizationPower.READ_BILLING, false);
    }

    /**
     * Requires {@code organization.billing.manage} (the owner and billing members) and locks the
     * organization row, so that billing changes of one organization run one after the other.
     */
    MemberOrganization manager(UserId actor, OrganizationId organizationId) {
        return require(actor, organizationId, OrganizationPower.MANAGE_BILLING, true);
    }

    private MemberOrganization require(UserId actor, OrganizationId organizationId, OrganizationPower power,
            boolean forUpdate) {
        MemberOrganization organization = organizations.findForMember(organizationId, actor, forUpdate)
                .orElseThrow(() -> new OrganizationNotFoundException(organizationId.value()));
        AccessPolicy.require(organization, power);
        return organization;
    }
}
