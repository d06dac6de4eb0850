package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;

/** Reads one knowledge base of the active workspace; needs {@code knowledge_bases.read}. */
public interface GetKnowledgeBaseQuery {

    KnowledgeBase get(WorkspaceRequest request, KnowledgeBaseId id);
}
