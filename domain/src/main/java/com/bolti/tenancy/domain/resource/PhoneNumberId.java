package com.bolti.tenancy.domain.resource;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one purchase of a phone number; a number bought again gets a new id. */
public record PhoneNumberId(UUID value) {

    public PhoneNumberId {
        Objects.requireNonNull(value, "phone number id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
