package com.bolti.tenancy.domain.access;

import java.util.HashMap;
import java.util.Map;

/** Action inside one workspace, granted by workspace roles and per-member overrides. */
public enum Capability {
    AGENTS_READ("agents.read"),
    AGENTS_CREATE("agents.create"),
    AGENTS_UPDATE("agents.update"),
    AGENTS_DELETE("agents.delete"),
    TOOLS_READ("tools.read"),
    TOOLS_CREATE("tools.create"),
    TOOLS_UPDATE("tools.update"),
    TOOLS_DELETE("tools.delete"),
    KNOWLEDGE_BASES_READ("knowledge_bases.read"),
    KNOWLEDGE_BASES_CREATE("knowledge_bases.create"),
    KNOWLEDGE_BASES_UPDATE("knowledge_bases.update"),
    KNOWLEDGE_BASES_DELETE("knowledge_bases.delete"),
    CONTACTS_READ("contacts.read"),
    CONTACTS_CREATE("contacts.create"),
    CONTACTS_UPDATE("contacts.update"),
    CONTACTS_DELETE("contacts.delete"),
    PHONE_NUMBERS_READ("phone_numbers.read"),
    PHONE_NUMBERS_ASSIGN("phone_numbers.assign"),
    PHONE_NUMBERS_PURCHASE("phone_numbers.purchase"),
    PHONE_NUMBERS_RELEASE("phone_numbers.release"),
    CONVERSATIONS_READ("conversations.read"),
    WORKSPACE_SETTINGS_UPDATE("workspace.settings.update"),
    MEMBERS_MANAGE("members.manage");

    private static final Map<String, Capability> BY_WIRE_NAME = new HashMap<>();

    static {
        for (Capability capability : values()) {
            BY_WIRE_NAME.put(capability.wireName, capability);
        }
    }

    private final String wireName;

    Capability(String wireName) {
        this.wireName = wireName;
    }

    /** Returns the dotted name used on the wire, for example {@code agents.read}. */
    public String wireName() {
        return wireName;
    }

    /** Looks up a capability by its wire name; returns {@code null} for an unknown name. */
    public static Capability fromWireName(String wireName) {
        return BY_WIRE_NAME.get(wireName);
    }
}
