package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import java.time.Instant;
import java.util.Objects;

/** Function that the agents of a workspace can call during a conversation. */
public record Tool(ToolId id, WorkspaceScope scope, Name name, ToolKind kind, JsonObjectDocument config,
        Instant createdAt, Instant updatedAt) {

    public Tool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Tool create(ToolId id, WorkspaceScope scope, Name name, ToolKind kind, JsonObjectDocument config,
            Instant now) {
        return new Tool(id, scope, name, kind, config, now, now);
    }

    /** Returns the tool with the given fields replaced; a {@code null} argument keeps the current value. */
    public Tool revise(Name newName, ToolKind newKind, JsonObjectDocument newConfig, Instant now) {
        return new Tool(id, scope,
                newName == null ? name : newName,
                newKind == null ? kind : newKind,
                newConfig == null ? config : newConfig,
                createdAt, now);
    }
}
