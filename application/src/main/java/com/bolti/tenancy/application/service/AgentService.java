package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CreateAgentUseCase;
import com.bolti.tenancy.application.port.in.DeleteAgentUseCase;
import com.bolti.tenancy.application.port.in.GetAgentQuery;
import com.bolti.tenancy.application.port.in.ListAgentsQuery;
import com.bolti.tenancy.application.port.in.UpdateAgentUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.AgentRepository;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.PhoneNumberRepository;
import com.bolti.tenancy.application.port.out.ResourceReferences;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.AgentNotFoundException;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.IdLists;
import com.bolti.tenancy.domain.resource.JsonObjectDocument;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import com.bolti.tenancy.domain.resource.ResourceType;
import com.bolti.tenancy.domain.resource.Tags;
import com.bolti.tenancy.domain.resource.ToolId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Use cases on agents: list, read, create, update, delete. */
public final class AgentService implements ListAgentsQuery, GetAgentQuery, CreateAgentUseCase, UpdateAgentUseCase,
        DeleteAgentUseCase {

    private final UnitOfWork unitOfWork;
    private final ActiveWorkspaces activeWorkspaces;
    private final AgentRepository agents;
    private final ReferenceCheck references;
    private final PhoneNumberLinks links;
    private final AuditEvents audit;
    private final Clock clock;

    public AgentService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, AgentRepository agents,
            PhoneNumberRepository phoneNumbers, ResourceReferences references, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.activeWorkspaces = new ActiveWorkspaces(workspaces);
        this.agents = agents;
        this.references = new ReferenceCheck(references);
        this.links = new PhoneNumberLinks(phoneNumbers, agents);
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Page<Agent> list(WorkspaceRequest request, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(request, Capability.AGENTS_READ);
            return agents.list(scope, page);
        });
    }

    @Override
    public Agent get(WorkspaceRequest request, AgentId agentId) {
        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(request, Capability.AGENTS_READ);
            return find(scope, agentId, false);
        });
    }

    @Override
    public Agent create(CreateAgentCommand command) {
        Name name = new Name(command.name());
        Tags tags = Tags.parse(command.tags());
        JsonObjectDocument config = JsonObjectDocument.parse("config", command.configJson());
        List<ToolId> toolIds = IdLists.distinct("toolIds", command.toolIds(), ToolId::new);
        List<KnowledgeBaseId> knowledgeBaseIds =
                IdLists.distinct("knowledgeBaseIds", command.knowledgeBaseIds(), KnowledgeBaseId::new);
        UUID phoneNumberId = command.phoneNumberId();

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = phoneNumberId == null
                    ? activeWorkspaces.require(command.request(), Capability.AGENTS_CREATE)
                    : activeWorkspaces.require(command.request(), Capability.AGENTS_CREATE,
                            Capability.PHONE_NUMBERS_ASSIGN);
            references.requireAll(scope, ResourceType.TOOL, "toolIds", command.toolIds());
            references.requireAll(scope, ResourceType.KNOWLEDGE_BASE, "knowledgeBaseIds", command.knowledgeBaseIds());
            references.require(scope, ResourceType.PHONE_NUMBER, "phoneNumberId", phoneNumberId);

            Instant now = Times.now(clock);
            Agent agent = Agent.create(new AgentId(UuidV7.next(clock)), scope, name, tags, config, toolIds,
                    knowledgeBaseIds, now);
            agents.add(agent);
            if (phoneNumberId != null) {
                links.link(scope, new PhoneNumberId(phoneNumberId), agent.id(), now);
            }
            return find(scope, agent.id(), false);
        });
    }

    @Override
    public Agent update(UpdateAgentCommand command) {
        Name newName = command.name().present() ? new Name(command.name().value()) : null;
        Tags newTags = command.tags().present() ? Tags.parse(command.tags().value()) : null;
        JsonObjectDocument newConfig = command.configJson().present()
                ? JsonObjectDocument.parse("config", command.configJson().value())
                : null;
        List<ToolId> newToolIds = command.toolIds().present()
                ? IdLists.distinct("toolIds", command.toolIds().value(), ToolId::new)
                : null;
        List<KnowledgeBaseId> newKnowledgeBaseIds = command.knowledgeBaseIds().present()
                ? IdLists.distinct("knowledgeBaseIds", command.knowledgeBaseIds().value(), KnowledgeBaseId::new)
                : null;

        return unitOfWork.inTransaction(() -> {
            VisibleWorkspace workspace = activeWorkspaces.open(command.request());
            ActiveWorkspaces.requireCapabilities(workspace, Capability.AGENTS_UPDATE);
            WorkspaceScope scope = WorkspaceScope.of(workspace.workspace());
            Agent current = find(scope, command.agentId(), true);
            UUID phoneNumberId = command.phoneNumberId().value();
            UUID currentPhoneNumberId = current.phoneNumberId() == null ? null : current.phoneNumberId().value();
            boolean relink = command.phoneNumberId().present() && !Objects.equals(phoneNumberId, currentPhoneNumberId);
            if (relink) {
                ActiveWorkspaces.requireCapabilities(workspace, Capability.PHONE_NUMBERS_ASSIGN);
            }
            if (command.toolIds().present()) {
                references.requireAll(scope, ResourceType.TOOL, "toolIds", command.toolIds().value());
            }
            if (command.knowledgeBaseIds().present()) {
                references.requireAll(scope, ResourceType.KNOWLEDGE_BASE, "knowledgeBaseIds",
                        command.knowledgeBaseIds().value());
            }
            if (relink) {
                references.require(scope, ResourceType.PHONE_NUMBER, "phoneNumberId", phoneNumberId);
            }

            Instant now = Times.now(clock);
            agents.update(current.revise(newName, newTags, newConfig, newToolIds, newKnowledgeBaseIds, now));
            if (relink && phoneNumberId == null) {
                links.unlinkAgent(scope, current.id(), now);
            } else if (relink) {
                links.link(scope, new PhoneNumberId(phoneNumberId), current.id(), now);
            }
            return find(scope, current.id(), false);
        });
    }

    @Override
    public void delete(WorkspaceRequest request, AgentId agentId) {
        unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(request, Capability.AGENTS_DELETE);
            Agent agent = find(scope, agentId, true);

            agents.remove(scope, agentId);
            audit.record(request.actor(), scope.organizationId(), Times.now(clock), "agent.deleted", "agent",
                    agentId.value(), Map.of("workspaceId", scope.workspaceId().toString(),
                            "name", agent.name().value()));
            return null;
        });
    }

    private Agent find(WorkspaceScope scope, AgentId agentId, boolean forUpdate) {
        return agents.find(scope, agentId, forUpdate)
                .orElseThrow(() -> new AgentNotFoundException(agentId.value()));
    }
}
