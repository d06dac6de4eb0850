package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.resource.KnowledgeBase;

/** Lists the knowledge bases of the active workspace; needs {@code knowledge_bases.read}. */
public interface ListKnowledgeBasesQuery {

    Page<KnowledgeBase> list(WorkspaceRequest request, PageRequest page);
}
