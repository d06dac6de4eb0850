package com.bolti.tenancy.domain.access;

import static com.bolti.tenancy.domain.access.Capability.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Role of a member in a workspace, with the capabilities it grants by default. */
public enum WorkspaceRole {
    ADMIN(EnumSet.allOf(Capability.class)),
    EDITOR(EnumSet.of(
            AGENTS_READ, TOOLS_READ, KNOWLEDGE_BASES_READ, CONTACTS_READ, PHONE_NUMBERS_READ,
            AGENTS_CREATE, AGENTS_UPDATE, TOOLS_CREATE, TOOLS_UPDATE,
            KNOWLEDGE_BASES_CREATE, KNOWLEDGE_BASES_UPDATE, CONTACTS_CREATE, CONTACTS_UPDATE,
            PHONE_NUMBERS_ASSIGN, CONVERSATIONS_READ)),
    VIEWER(EnumSet.of(
            AGENTS_READ, TOOLS_READ, KNOWLEDGE_BASES_READ, CONTACTS_READ, PHONE_NUMBERS_READ,
            CONVERSATIONS_READ));

    private final Set<Capability> defaults;

    WorkspaceRole(Set<Capability> defaults) {
        this.defaults = Collections.unmodifiableSet(defaults);
    }

    /** Returns the capabilities this role grants before overrides. */
    public Set<Capability> defaults() {
        return defaults;
    }

    /** Parses an exact upper-case role name; returns {@code null} for anything else. */
    public static WorkspaceRole fromName(String value) {
        for (WorkspaceRole role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
