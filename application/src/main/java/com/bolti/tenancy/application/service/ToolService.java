package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CreateToolUseCase;
import com.bolti.tenancy.application.port.in.DeleteToolUseCase;
import com.bolti.tenancy.application.port.in.GetToolQuery;
import com.bolti.tenancy.application.port.in.ListToolsQuery;
import com.bolti.tenancy.application.port.in.UpdateToolUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.ToolRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.ToolNotFoundException;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.JsonObjectDocument;
import com.bolti.tenancy.domain.resource.Tool;
import com.bolti.tenancy.domain.resource.ToolId;
import com.bolti.tenancy.domain.resource.ToolKind;
import java.time.Clock;
import java.util.Map;

/** Use cases on tools: list, read, create, update, delete. */
public final class ToolService implements ListToolsQuery, GetToolQuery, CreateToolUseCase, UpdateToolUseCase,
        DeleteToolUseCase {

    private final UnitOfWork unitOfWork;
    private final ActiveWorkspaces activeWorkspaces;
    private final ToolRepository tools;
    private final AuditEvents audit;
    private final Clock clock;

    public ToolService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, ToolRepository tools,
            AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.activeWorkspaces = new ActiveWorkspaces(workspaces);
        this.tools = tools;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Page<Tool> list(WorkspaceRequest request, PageRequest page) {
        return unitOfWork.inTransaction(() ->
                tools.list(activeWorkspaces.require(request, Capability.TOOLS_READ), page));
    }

    @Override
    public Tool get(WorkspaceRequest request, ToolId id) {
        return unitOfWork.inTransaction(() -> find(activeWorkspaces.require(request, Capability.TOOLS_READ), id));
    }

    @Override
    public Tool create(CreateToolCommand command) {
        Name name = new Name(command.name());
        ToolKind kind = ToolKind.parse(command.kind());
        JsonObjectDocument config = JsonObjectDocument.parse("config", command.configJson());

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(command.request(), Capability.TOOLS_CREATE);
            Tool tool = Tool.create(new ToolId(UuidV7.next(clock)), scope, name, kind, config, Times.now(clock));
            tools.add(tool);
            return tool;
        });
    }

    @Override
    public Tool update(UpdateToolCommand command) {
        Name newName = command.name().present() ? new Name(command.name().value()) : null;
        ToolKind newKind = command.kind().present() ? ToolKind.parse(command.kind().value()) : null;
        JsonObjectDocument newConfig = command.configJson().present()
                ? JsonObjectDocument.parse("config", command.configJson().value())
                : null;

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(command.request(), Capability.TOOLS_UPDATE);
            Tool updated = find(scope, command.id()).revise(newName, newKind, newConfig, Times.now(clock));
            tools.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(WorkspaceRequest request, ToolId id) {
        unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(request, Capability.TOOLS_DELETE);
            Tool tool = find(scope, id);

            tools.remove(scope, id);
            audit.record(request.actor(), scope.organizationId(), Times.now(clock), "tool.deleted", "tool",
                    id.value(), Map.of("workspaceId", scope.workspaceId().toString(), "name", tool.name().value()));
            return null;
        });
    }

    private Tool find(WorkspaceScope scope, ToolId id) {
        return tools.find(scope, id).orElseThrow(() -> new ToolNotFoundException(id.value()));
    }
}
