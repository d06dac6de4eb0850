package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.KnowledgeBaseRepository;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Description;
import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Knowledge bases in PostgreSQL; deleting one removes its agent links through the foreign key. */
@ApplicationScoped
class KnowledgeBaseStore implements KnowledgeBaseRepository, PanacheRepositoryBase<KnowledgeBaseEntity, UUID> {

    private static final ScopedRows<KnowledgeBaseEntity> ROWS = new ScopedRows<>(KnowledgeBaseEntity.class);

    @Override
    public void add(KnowledgeBase knowledgeBase) {
        KnowledgeBaseEntity entity = new KnowledgeBaseEntity();
        entity.id = knowledgeBase.id().value();
        entity.organizationId = knowledgeBase.scope().organizationId().value();
        entity.workspaceId = knowledgeBase.scope().workspaceId().value();
        entity.createdAt = knowledgeBase.createdAt();
        copy(knowledgeBase, entity);
        getEntityManager().persist(entity);
        getEntityManager().flush();
    }

    @Override
    public Optional<KnowledgeBase> find(WorkspaceScope scope, KnowledgeBaseId id) {
        return ROWS.find(getEntityManager(), scope, id.value(), false).map(KnowledgeBaseStore::toKnowledgeBase);
    }

    @Override
    public Page<KnowledgeBase> list(WorkspaceScope scope, PageRequest page) {
        Page<KnowledgeBaseEntity> rows = ROWS.page(getEntityManager(), scope, page);
        return new Page<>(rows.items().stream().map(KnowledgeBaseStore::toKnowledgeBase).toList(), rows.nextAfter());
    }

    @Override
    public List<KnowledgeBase> findAll(WorkspaceScope scope, Collection<KnowledgeBaseId> ids) {
        return ROWS.findAll(getEntityManager(), scope, ids.stream().map(KnowledgeBaseId::value).toList()).stream()
                .map(KnowledgeBaseStore::toKnowledgeBase)
                .toList();
    }

    @Override
    public List<KnowledgeBase> findByNames(WorkspaceScope scope, Collection<String> names) {
        return ROWS.findByNames(getEntityManager(), scope, names).stream()
                .map(KnowledgeBaseStore::toKnowledgeBase)
                .toList();
    }

    @Override
    public void update(KnowledgeBase knowledgeBase) {
        copy(knowledgeBase,
                ROWS.find(getEntityManager(), knowledgeBase.scope(), knowledgeBase.id().value(), false).orElseThrow());
        getEntityManager().flush();
    }

    @Override
    public boolean remove(WorkspaceScope scope, KnowledgeBaseId id) {
        return ROWS.delete(getEntityManager(), scope, id.value());
    }

    private static void copy(KnowledgeBase knowledgeBase, KnowledgeBaseEntity entity) {
        entity.name = knowledgeBase.name().value();
        entity.description = knowledgeBase.description() == null ? null : knowledgeBase.description().value();
        entity.updatedAt = knowledgeBase.updatedAt();
    }

    private static KnowledgeBase toKnowledgeBase(KnowledgeBaseEntity entity) {
        return new KnowledgeBase(new KnowledgeBaseId(entity.id),
                new WorkspaceScope(new OrganizationId(entity.organizationId), new WorkspaceId(entity.workspaceId)),
                new Name(entity.name), entity.description == null ? null : new Description(entity.description),
                entity.createdAt, entity.updatedAt);
    }
}
