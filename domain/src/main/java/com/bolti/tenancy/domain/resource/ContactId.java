package com.bolti.tenancy.domain.resource;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a contact, unique across the service. */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "contact id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
