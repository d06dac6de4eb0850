package com.bolti.tenancy.domain.resource;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a knowledge base, unique across the service. */
public record KnowledgeBaseId(UUID value) {

    public KnowledgeBaseId {
        Objects.requireNonNull(value, "knowledge base id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
