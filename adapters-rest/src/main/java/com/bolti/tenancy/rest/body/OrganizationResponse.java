package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.model.Organization;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** An organization as the API shows it; {@code settings} is the stored JSON object as is. */
public record OrganizationResponse(UUID id, String name, String slug, String logoUrl,
        @JsonRawValue String settings, String planTier, Instant createdAt, Instant updatedAt) {

    public static OrganizationResponse of(Organization organization) {
        return new OrganizationResponse(organization.id().value(), organization.name().value(),
                organization.slug().value(), organization.logoUrl(), organization.settings().json(),
                organization.planTier().wireName(), organization.createdAt(), organization.updatedAt());
    }
}
