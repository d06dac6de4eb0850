package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.AgentRepository;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.JsonObjectDocument;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import com.bolti.tenancy.domain.resource.Tags;
import com.bolti.tenancy.domain.resource.ToolId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Agents in PostgreSQL. An agent is read with three more statements for its tool links,
 * knowledge base links and phone number, each batched over a whole page, so that a list costs
 * the same number of statements whatever its size.
 */
@ApplicationScoped
class AgentStore implements AgentRepository, PanacheRepositoryBase<AgentEntity, UUID> {

    private static final ScopedRows<AgentEntity> ROWS = new ScopedRows<>(AgentEntity.class);

    @Override
    public void add(Agent agent) {
        AgentEntity entity = new AgentEntity();
        entity.id = agent.id().value();
        entity.organizationId = agent.scope().organizationId().value();
        entity.workspaceId = agent.scope().workspaceId().value();
        entity.createdAt = agent.createdAt();
        copy(agent, entity);
        getEntityManager().persist(entity);
        getEntityManager().flush();
        insertLinks(agent);
    }

    @Override
    public Optional<Agent> find(WorkspaceScope scope, AgentId id, boolean forUpdate) {
        return ROWS.find(getEntityManager(), scope, id.value(), forUpdate)
                .map(entity -> withLinks(scope, List.of(entity)).get(0));
    }

    @Override
    public Page<Agent> list(WorkspaceScope scope, PageRequest page) {
        Page<AgentEntity> rows = ROWS.page(getEntityManager(), scope, page);
        return new Page<>(withLinks(scope, rows.items()), rows.nextAfter());
    }

    @Override
    public void update(Agent agent) {
        AgentEntity entity = ROWS.find(getEntityManager(), agent.scope(), agent.id().value(), false).orElseThrow();
        copy(agent, entity);
        getEntityManager().flush();
        deleteLinks(agent.scope(), agent.id());
        insertLinks(agent);
    }

    @Override
    public boolean remove(WorkspaceScope scope, AgentId id) {
        return ROWS.delete(getEntityManager(), scope, id.value());
    }

    private void insertLinks(Agent agent) {
        if (!agent.toolIds().isEmpty()) {
            // Selecting from tools of the same workspace keeps the insert inside the tenant scope.
            getEntityManager().createNativeQuery("""
                    INSERT INTO agent_tools (agent_id, workspace_id, tool_id, organization_id)
                    SELECT :agent, t.workspace_id, t.id, t.organization_id FROM tools t
                    WHERE t.workspace_id = :workspace AND t.organization_id = :organization AND t.id IN (:ids)""")
                    .setParameter("agent", agent.id().value())
                    .setParameter("workspace", agent.scope().workspaceId().value())
                    .setParameter("organization", agent.scope().organizationId().value())
                    .setParameter("ids", agent.toolIds().stream().map(ToolId::value).toList())
                    .executeUpdate();
        }
        if (!agent.knowledgeBaseIds().isEmpty()) {
            getEntityManager().createNativeQuery("""
                    INSERT INTO agent_knowledge_bases (agent_id, workspace_id, knowledge_base_id, organization_id)
                    SELECT :agent, k.workspace_id, k.id, k.organization_id FROM knowledge_bases k
                    WHERE k.workspace_id = :workspace AND k.organization_id = :organization AND k.id IN (:ids)""")
                    .setParameter("agent", agent.id().value())
                    .setParameter("workspace", agent.scope().workspaceId().value())
                    .setParameter("organization", agent.scope().organizationId().value())
                    .setParameter("ids", agent.knowledgeBaseIds().stream().map(KnowledgeBaseId::value).toList())
                    .executeUpdate();
        }
    }

    private void deleteLinks(WorkspaceScope scope, AgentId agentId) {
        for (String table : List.of("agent_tools", "agent_knowledge_bases")) {
            getEntityManager().createNativeQuery("DELETE FROM " + table
                            + " WHERE agent_id = :agent AND workspace_id = :workspace")
                    .setParameter("agent", agentId.value())
                    .setParameter("workspace", scope.workspaceId().value())
                    .executeUpdate();
        }
    }

    /** Adds links and phone numbers to agent rows in three statements, whatever the number of rows. */
    private List<Agent> withLinks(WorkspaceScope scope, List<AgentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(row -> row.id).toList();
        Map<UUID, List<UUID>> tools = links("SELECT agent_id, tool_id FROM agent_tools"
                + " WHERE workspace_id = :workspace AND agent_id IN (:ids) ORDER BY tool_id", scope, ids);
        Map<UUID, List<UUID>> knowledgeBases = links("SELECT agent_id, knowledge_base_id FROM agent_knowledge_bases"
                + " WHERE workspace_id = :workspace AND agent_id IN (:ids) ORDER BY knowledge_base_id", scope, ids);
        Map<UUID, List<UUID>> phoneNumbers = links("SELECT agent_id, id FROM phone_numbers"
                + " WHERE workspace_id = :workspace AND agent_id IN (:ids)", scope, ids);

        List<Agent> agents = new ArrayList<>();
        for (AgentEntity row : rows) {
            List<UUID> phoneNumber = phoneNumbers.getOrDefault(row.id, List.of());
            agents.add(new Agent(new AgentId(row.id),
                    new WorkspaceScope(new OrganizationId(row.organizationId), new WorkspaceId(row.workspaceId)),
                    new Name(row.name), new Tags(List.of(row.tags)), new JsonObjectDocument(row.config),
                    tools.getOrDefault(row.id, List.of()).stream().map(ToolId::new).toList(),
                    knowledgeBases.getOrDefault(row.id, List.of()).stream().map(KnowledgeBaseId::new).toList(),
                    phoneNumber.isEmpty() ? null : new PhoneNumberId(phoneNumber.get(0)),
                    row.createdAt, row.updatedAt));
        }
        return agents;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<UUID>> links(String sql, WorkspaceScope scope, List<UUID> agentIds) {
        List<Object[]> rows = getEntityManager().createNativeQuery(sql)
                .setParameter("workspace", scope.workspaceId().value())
                .setParameter("ids", agentIds)
                .getResultList();
        Map<UUID, List<UUID>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[1]);
        }
        return result;
    }

    private static void copy(Agent agent, AgentEntity entity) {
        entity.name = agent.name().value();
        entity.tags = agent.tags().values().toArray(String[]::new);
        entity.config = agent.config().json();
        entity.updatedAt = agent.updatedAt();
    }
}
