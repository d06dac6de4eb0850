package com.bolti.tenancy.domain.resource;

import java.util.Objects;
import java.util.UUID;

/** Identifier of an agent, unique across the service. */
public record AgentId(UUID value) {

    public AgentId {
        Objects.requireNonNull(value, "agent id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
