package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.ResourceReferences;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Locates referenced ids within one organization, one statement per list. */
@ApplicationScoped
class ReferenceStore implements ResourceReferences {

    @Inject
    EntityManager entityManager;

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, WorkspaceId> locate(OrganizationId organizationId, ResourceType type, Collection<UUID> ids) {
        Map<UUID, WorkspaceId> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, workspace_id FROM " + table(type)
                        + " WHERE id IN (:ids) AND organization_id = :organization")
                .setParameter("ids", ids)
                .setParameter("organization", organizationId.value())
                .getResultList();
        for (Object[] row : rows) {
            result.put((UUID) row[0], new WorkspaceId((UUID) row[1]));
        }
        return result;
    }

    @Override
    public Optional<WorkspaceScope> scopeOf(WorkspaceId workspaceId) {
        return entityManager.createQuery("select w.organizationId from WorkspaceEntity w where w.id = :id", UUID.class)
                .setParameter("id", workspaceId.value())
                .getResultStream()
                .findFirst()
                .map(organizationId -> new WorkspaceScope(new OrganizationId(organizationId), workspaceId));
    }

    private static String table(ResourceType type) {
        return switch (type) {
            case AGENT -> "agents";
            case TOOL -> "tools";
            case KNOWLEDGE_BASE -> "knowledge_bases";
            case PHONE_NUMBER -> "phone_numbers";
        };
    }
}
