package com.bolti.tenancy.domain.resource;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a tool that agents can call, unique across the service. */
public record ToolId(UUID value) {

    public ToolId {
        Objects.requireNonNull(value, "tool id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
