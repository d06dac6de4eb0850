package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CopyAgentUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.AgentRepository;
import com.bolti.tenancy.application.port.out.KnowledgeBaseRepository;
import com.bolti.tenancy.application.port.out.ToolRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.AgentNotFoundException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import com.bolti.tenancy.domain.resource.Tool;
import com.bolti.tenancy.domain.resource.ToolId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copies an agent into another workspace of the same organization, linking its tools and knowledge bases by name. */
public final class AgentCopyService implements CopyAgentUseCase {

    private final UnitOfWork unitOfWork;
    private final ActiveWorkspaces activeWorkspaces;
    private final AgentRepository agents;
    private final ToolRepository tools;
    private final KnowledgeBaseRepository knowledgeBases;
    private final Clock clock;

    public AgentCopyService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, AgentRepository agents,
            ToolRepository tools, KnowledgeBaseRepository knowledgeBases, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.activeWorkspaces = new ActiveWorkspaces(workspaces);
        this.agents = agents;
        this.tools = tools;
        this.knowledgeBases = knowledgeBases;
        this.clock = clock;
    }

    @Override
    public Copy copy(CopyAgentCommand command) {
        return unitOfWork.inTransaction(() -> {
            WorkspaceScope source = activeWorkspaces.require(command.request(), Capability.AGENTS_READ);
            Agent agent = agents.find(source, command.agentId(), false)
                    .orElseThrow(() -> new AgentNotFoundException(command.agentId().value()));
            WorkspaceScope target = openTarget(command, source);

            List<Unresolved> unresolved = new ArrayList<>();
            List<ToolId> toolIds = matchTools(source, target, agent, unresolved);
            List<KnowledgeBaseId> knowledgeBaseIds = matchKnowledgeBases(source, target, agent, unresolved);

            Agent copy = Agent.create(new AgentId(UuidV7.next(clock)), target, agent.name(), agent.tags(),
                    agent.config(), toolIds, knowledgeBaseIds, Times.now(clock));
            agents.add(copy);
            return new Copy(agents.find(target, copy.id(), false).orElseThrow(), unresolved);
        });
    }

    /**
     * Opens the target workspace. One of another organization is reported as not found
     * before any capability is checked, so the caller learns nothing about it.
     */
    private WorkspaceScope openTarget(CopyAgentCommand command, WorkspaceScope source) {
        VisibleWorkspace target =
                activeWorkspaces.open(new WorkspaceRequest(command.request().actor(), command.targetWorkspaceId()));
        if (!target.workspace().organizationId().equals(source.organizationId())) {
            throw new WorkspaceNotFoundException(command.targetWorkspaceId().value());
        }
        ActiveWorkspaces.requireCapabilities(target, Capability.AGENTS_CREATE);
        return WorkspaceScope.of(target.workspace());
    }

    private List<ToolId> matchTools(WorkspaceScope source, WorkspaceScope target, Agent agent,
            List<Unresolved> unresolved) {
        List<Tool> linked = tools.findAll(source, agent.toolIds());
        Map<String, ToolId> byName = new HashMap<>();
        for (Tool namesake : tools.findByNames(target, linked.stream().map(tool -> tool.name().value()).toList())) {
            byName.putIfAbsent(namesake.name().value(), namesake.id());
        }
        Set<ToolId> matched = new LinkedHashSet<>();
        for (Tool tool : linked) {
            ToolId match = byName.get(tool.name().value());
            if (match == null) {
                unresolved.add(new Unresolved(Unresolved.Kind.TOOL, tool.id().value(), tool.name().value()));
            } else {
                matched.add(match);
            }
        }
        return List.copyOf(matched);
    }

    private List<KnowledgeBaseId> matchKnowledgeBases(WorkspaceScope source, WorkspaceScope target, Agent agent,
            List<Unresolved> unresolved) {
        List<KnowledgeBase> linked = knowledgeBases.findAll(source, agent.knowledgeBaseIds());
        Map<String, KnowledgeBaseId> byName = new HashMap<>();
        for (KnowledgeBase namesake : knowledgeBases.findByNames(target,
                linked.stream().map(knowledgeBase -> knowledgeBase.name().value()).toList())) {
            byName.putIfAbsent(namesake.name().value(), namesake.id());
        }
        Set<KnowledgeBaseId> matched = new LinkedHashSet<>();
        for (KnowledgeBase knowledgeBase : linked) {
            KnowledgeBaseId match = byName.get(knowledgeBase.name().value());
            if (match == null) {
                unresolved.add(new Unresolved(Unresolved.Kind.KNOWLEDGE_BASE, knowledgeBase.id().value(),
                        knowledgeBase.name().value()));
            } else {
                matched.add(match);
            }
        }
        return List.copyOf(matched);
    }
}
