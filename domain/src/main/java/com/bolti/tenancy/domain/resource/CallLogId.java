package com.bolti.tenancy.domain.resource;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a call log entry, unique across the service. */
public record CallLogId(UUID value) {

    public CallLogId {
        Objects.requireNonNull(value, "call log id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
