package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Knowledge bases of workspaces; every lookup names the workspace scope. */
public interface KnowledgeBaseRepository {

    void add(KnowledgeBase knowledgeBase);

    Optional<KnowledgeBase> find(WorkspaceScope scope, KnowledgeBaseId id);

    /** Lists the workspace's knowledge bases ordered by id. */
    Page<KnowledgeBase> list(WorkspaceScope scope, PageRequest page);

    /** Returns those of {@code ids} that are knowledge bases of the workspace, ordered by id. */
    List<KnowledgeBase> findAll(WorkspaceScope scope, Collection<KnowledgeBaseId> ids);

    /** Returns the workspace's knowledge bases whose name is one of {@code names}, ordered by id. */
    List<KnowledgeBase> findByNames(WorkspaceScope scope, Collection<String> names);

    void update(KnowledgeBase knowledgeBase);

    /**
     * Deletes the knowledge base and its links to agents; returns {@code false} when the
     * workspace has no such knowledge base.
     */
    boolean remove(WorkspaceScope scope, KnowledgeBaseId id);
}
