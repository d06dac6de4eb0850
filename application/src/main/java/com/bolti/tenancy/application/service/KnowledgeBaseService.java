package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CreateKnowledgeBaseUseCase;
import com.bolti.tenancy.application.port.in.DeleteKnowledgeBaseUseCase;
import com.bolti.tenancy.application.port.in.GetKnowledgeBaseQuery;
import com.bolti.tenancy.application.port.in.ListKnowledgeBasesQuery;
import com.bolti.tenancy.application.port.in.UpdateKnowledgeBaseUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.KnowledgeBaseRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.KnowledgeBaseNotFoundException;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Description;
import com.bolti.tenancy.domain.resource.KnowledgeBase;
import com.bolti.tenancy.domain.resource.KnowledgeBaseId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Use cases on knowledge bases: list, read, create, update, delete. */
public final class KnowledgeBaseService implements ListKnowledgeBasesQuery, GetKnowledgeBaseQuery,
        CreateKnowledgeBaseUseCase, UpdateKnowledgeBaseUseCase, DeleteKnowledgeBaseUseCase {

    private final UnitOfWork unitOfWork;
    private final ActiveWorkspaces activeWorkspaces;
    private final KnowledgeBaseRepository knowledgeBases;
    private final AuditEvents audit;
    private final Clock clock;

    public KnowledgeBaseService(UnitOfWork unitOfWork, WorkspaceRepository workspaces,
            KnowledgeBaseRepository knowledgeBases, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.activeWorkspaces = new ActiveWorkspaces(workspaces);
        this.knowledgeBases = knowledgeBases;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Page<KnowledgeBase> list(WorkspaceRequest request, PageRequest page) {
        return unitOfWork.inTransaction(() ->
                knowledgeBases.list(activeWorkspaces.require(request, Capability.KNOWLEDGE_BASES_READ), page));
    }

    @Override
    public KnowledgeBase get(WorkspaceRequest request, KnowledgeBaseId id) {
        return unitOfWork.inTransaction(() ->
                find(activeWorkspaces.require(request, Capability.KNOWLEDGE_BASES_READ), id));
    }

    @Override
    public KnowledgeBase create(CreateKnowledgeBaseCommand command) {
        Name name = new Name(command.name());
        Description description = Description.parse(command.description());

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(command.request(), Capability.KNOWLEDGE_BASES_CREATE);
            KnowledgeBase knowledgeBase = KnowledgeBase.create(new KnowledgeBaseId(UuidV7.next(clock)), scope, name,
                    description, Times.now(clock));
            knowledgeBases.add(knowledgeBase);
            return knowledgeBase;
        });
    }

    @Override
    public KnowledgeBase update(UpdateKnowledgeBaseCommand command) {
        Name newName = command.name().present() ? new Name(command.name().value()) : null;
        Description newDescription = Description.parse(command.description().value());

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(command.request(), Capability.KNOWLEDGE_BASES_UPDATE);
            KnowledgeBase updated = find(scope, command.id());
            Instant now = Times.now(clock);
            if (newName != null) {
                updated = updated.rename(newName, now);
            }
            if (command.description().present()) {
                updated = updated.describe(newDescription, now);
            }
            knowledgeBases.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(WorkspaceRequest request, KnowledgeBaseId id) {
        unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(request, Capability.KNOWLEDGE_BASES_DELETE);
            KnowledgeBase knowledgeBase = find(scope, id);

            knowledgeBases.remove(scope, id);
            audit.record(request.actor(), scope.organizationId(), Times.now(clock), "knowledge_base.deleted",
                    "knowledge_base", id.value(), Map.of("workspaceId", scope.workspaceId().toString(),
                            "name", knowledgeBase.name().value()));
            return null;
        });
    }

    private KnowledgeBase find(WorkspaceScope scope, KnowledgeBaseId id) {
        return knowledgeBases.find(scope, id).orElseThrow(() -> new KnowledgeBaseNotFoundException(id.value()));
    }
}
