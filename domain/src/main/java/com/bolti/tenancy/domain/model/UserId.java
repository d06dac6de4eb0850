package com.bolti.tenancy.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a user of the service. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
