package com.bolti.tenancy.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of an organization, the account and billing unit. */
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "organization id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
