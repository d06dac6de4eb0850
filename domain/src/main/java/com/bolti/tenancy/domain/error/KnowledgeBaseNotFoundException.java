package com.bolti.tenancy.domain.error;

/** No knowledge base with this id exists in the active workspace. */
public class KnowledgeBaseNotFoundException extends TenancyException {

    public KnowledgeBaseNotFoundException(Object id) {
        super("knowledge base " + id + " was not found in this workspace");
    }

    @Override
    public String code() {
        return "knowledge_base.not_found";
    }
}
