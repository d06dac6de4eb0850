package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.domain.model.Organization;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** An organization in the caller's list, with the caller's organization role. */
public record MemberOrganizationResponse(UUID id, String name, String slug, String logoUrl,
        @JsonRawValue String settings, String planTier, Instant createdAt, Instant updatedAt,
        String role) {

    public static MemberOrganizationResponse of(MemberOrganization membership) {
        Organization organization = membership.organization();
        return new MemberOrganizationResponse(organization.id().value(), organization.name().value(),
                organization.slug().value(), organization.logoUrl(), organization.settings().json(),
                organization.planTier().wireName(), organization.createdAt(), organization.updatedAt(),
                membership.role().name());
    }
}
