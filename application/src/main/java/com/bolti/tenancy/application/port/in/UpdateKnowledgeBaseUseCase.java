package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;

/** Changes name or description of a knowledge base of the active workspace; needs {@code knowledge_bases.update}. */
public interface UpdateKnowledgeBaseUseCase {

    /** Each field is absent to keep it; a {@code description} of {@code null} removes it. */
    record UpdateKnowledgeBaseCommand(WorkspaceRequest request, KnowledgeBaseId id, FieldUpdate<String> name,
            FieldUpdate<String> description) {
    }

    KnowledgeBase update(UpdateKnowledgeBaseCommand command);
}
