package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.KnowledgeBaseId;

/**
 * Deletes a knowledge base of the active workspace and unlinks it from every agent; needs
 * {@code knowledge_bases.delete}.
 */
public interface DeleteKnowledgeBaseUseCase {

    void delete(WorkspaceRequest request, KnowledgeBaseId id);
}
