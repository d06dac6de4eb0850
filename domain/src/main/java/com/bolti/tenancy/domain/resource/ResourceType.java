package com.bolti.tenancy.domain.resource;

/** Kinds of workspace resources that a request body can reference by id. */
public enum ResourceType {
    AGENT("agent"),
    TOOL("tool"),
    KNOWLEDGE_BASE("knowledge base"),
    PHONE_NUMBER("phone number");

    private final String label;

    ResourceType(String label) {
        this.label = label;
    }

    /** Returns the words used for this kind in messages, for example {@code knowledge base}. */
    public String label() {
        return label;
    }
}
