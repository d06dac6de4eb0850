package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.ToolRepository;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.JsonObjectDocument;
import com.bolti.tenancy.domain.resource.Tool;
import com.bolti.tenancy.domain.resource.ToolId;
import com.bolti.tenancy.domain.resource.ToolKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tools in PostgreSQL; deleting one removes its agent links through the foreign key. */
@ApplicationScoped
class ToolStore implements ToolRepository, PanacheRepositoryBase<ToolEntity, UUID> {

    private static final ScopedRows<ToolEntity> ROWS = new ScopedRows<>(ToolEntity.class);

    @Override
    public void add(Tool tool) {
        ToolEntity entity = new ToolEntity();
        entity.id = tool.id().value();
        entity.organizationId = tool.scope().organizationId().value();
        entity.workspaceId = tool.scope().workspaceId().value();
        entity.createdAt = tool.createdAt();
        copy(tool, entity);
        getEntityManager().persist(entity);
        getEntityManager().flush();
    }

    @Override
    public Optional<Tool> find(WorkspaceScope scope, ToolId id) {
        return ROWS.find(getEntityManager(), scope, id.value(), false).map(ToolStore::toTool);
    }

    @Override
    public Page<Tool> list(WorkspaceScope scope, PageRequest page) {
        Page<ToolEntity> rows = ROWS.page(getEntityManager(), scope, page);
        return new Page<>(rows.items().stream().map(ToolStore::toTool).toList(), rows.nextAfter());
    }

    @Override
    public List<Tool> findAll(WorkspaceScope scope, Collection<ToolId> ids) {
        return ROWS.findAll(getEntityManager(), scope, ids.stream().map(ToolId::value).toList()).stream()
                .map(ToolStore::toTool)
                .toList();
    }

    @Override
    public List<Tool> findByNames(WorkspaceScope scope, Collection<String> names) {
        return ROWS.findByNames(getEntityManager(), scope, names).stream().map(ToolStore::toTool).toList();
    }

    @Override
    public void update(Tool tool) {
        copy(tool, ROWS.find(getEntityManager(), tool.scope(), tool.id().value(), false).orElseThrow());
        getEntityManager().flush();
    }

    @Override
    public boolean remove(WorkspaceScope scope, ToolId id) {
        return ROWS.delete(getEntityManager(), scope, id.value());
    }

    private static void copy(Tool tool, ToolEntity entity) {
        entity.name = tool.name().value();
        entity.kind = tool.kind().name();
        entity.config = tool.config().json();
        entity.updatedAt = tool.updatedAt();
    }

    private static Tool toTool(ToolEntity entity) {
        return new Tool(new ToolId(entity.id),
                new WorkspaceScope(new OrganizationId(entity.organizationId), new WorkspaceId(entity.workspaceId)),
                new Name(entity.name), ToolKind.valueOf(entity.kind), new JsonObjectDocument(entity.config),
                entity.createdAt, entity.updatedAt);
    }
}
