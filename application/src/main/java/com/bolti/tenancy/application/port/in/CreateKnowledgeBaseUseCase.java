package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.KnowledgeBase;

/** Creates a knowledge base in the active workspace; needs {@code knowledge_bases.create}. */
public interface CreateKnowledgeBaseUseCase {

    /** @param description free text, or {@code null} for none */
    record CreateKnowledgeBaseCommand(WorkspaceRequest request, String name, String description) {
    }

    KnowledgeBase create(CreateKnowledgeBaseCommand command);
}
