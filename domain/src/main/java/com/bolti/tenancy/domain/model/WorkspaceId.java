package com.bolti.tenancy.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a workspace, the isolation unit inside an organization. */
public record WorkspaceId(UUID value) {

    public WorkspaceId {
        Objects.requireNonNull(value, "workspace id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
