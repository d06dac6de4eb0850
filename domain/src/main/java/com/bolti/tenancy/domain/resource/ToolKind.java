package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;

/** Kind of a tool: an HTTP endpoint, or a function built into the call runtime. */
public enum ToolKind {
    HTTP, BUILT_IN;

    /** Parses the exact upper-case name; anything else is invalid. */
    public static ToolKind parse(Object sent) {
        for (ToolKind kind : values()) {
            if (kind.name().equals(sent)) {
                return kind;
            }
        }
        throw new InvalidValueException("kind", "must be HTTP or BUILT_IN");
    }
}
