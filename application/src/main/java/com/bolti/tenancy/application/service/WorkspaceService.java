package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CreateWorkspaceUseCase;
import com.bolti.tenancy.application.port.in.GetWorkspaceQuery;
import com.bolti.tenancy.application.port.in.ListWorkspacesQuery;
import com.bolti.tenancy.application.port.in.UpdateWorkspaceUseCase;
import com.bolti.tenancy.application.port.out.AuditEvent;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.Settings;
import com.bolti.tenancy.domain.model.Slug;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.Workspace;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Use cases on workspaces themselves: create, read, list, update. */
public final class WorkspaceService implements CreateWorkspaceUseCase, GetWorkspaceQuery,
        ListWorkspacesQuery, UpdateWorkspaceUseCase {

    private static final System.Logger LOG = System.getLogger(WorkspaceService.class.getName());

    static final String FALLBACK_SLUG = "workspace";

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final WorkspaceRepository workspaces;
    private final WorkspaceMembers workspaceMembers;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public WorkspaceService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            WorkspaceRepository workspaces, WorkspaceMembers workspaceMembers, AuditTrail auditTrail,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.workspaces = workspaces;
        this.workspaceMembers = workspaceMembers;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    public VisibleWorkspace create(CreateWorkspaceCommand command) {
        Name name = new Name(command.name());
        Settings settings = command.settingsJson() == null
                ? Settings.EMPTY
                : new Settings(command.settingsJson());
        SlugChoice slugChoice = SlugChoice.of(command.slug(), name.value(), FALLBACK_SLUG);

        return slugChoice.retryingRaces(() -> unitOfWork.inTransaction(() -> {
            MemberOrganization organization = organizations
                    .findForMember(command.organizationId(), command.actor(), false)
                    .orElseThrow(() -> new OrganizationNotFoundException(command.organizationId().value()));
            AccessPolicy.require(organization, OrganizationPower.MANAGE_WORKSPACES);

            Instant now = Times.now(clock);
            OrganizationId organizationId = command.organizationId();
            Slug slug = slugChoice.pick(base -> workspaces.slugsLike(organizationId, base));
            Workspace workspace = Workspace.create(new WorkspaceId(UuidV7.next(clock)), organizationId,
                    name, slug, settings, now);
            workspaces.add(workspace);
            workspaceMembers.add(organizationId, workspace.id(), command.actor(), WorkspaceRole.ADMIN,
                    Map.of(), now);
            auditTrail.record(event(command.actor(), workspace, now, "workspace.created",
                    Map.of("slug", slug.value())));

            LOG.log(Level.INFO, "workspace {0} created in organization {1}", workspace.id(), organizationId);
            return findVisible(command.actor(), workspace.id(), false);
        }));
    }

    @Override
    public VisibleWorkspace get(UserId actor, WorkspaceId workspaceId) {
        return unitOfWork.inTransaction(() -> {
            VisibleWorkspace workspace = findVisible(actor, workspaceId, false);
            AccessPolicy.requireVisible(workspace);
            return workspace;
        });
    }

    @Override
    public Page<VisibleWorkspace> list(UserId actor, OrganizationId organizationId, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            MemberOrganization organization = organizations.findForMember(organizationId, actor, false)
                    .orElseThrow(() -> new OrganizationNotFoundException(organizationId.value()));
            boolean all = organization.role().allows(OrganizationPower.MANAGE_WORKSPACES);
            return workspaces.listInOrganization(organizationId, actor, all, page);
        });
    }

    @Override
    public VisibleWorkspace update(UpdateWorkspaceCommand command) {
        Name newName = command.name().present() ? new Name(command.name().value()) : null;
        Slug newSlug = command.slug().present() ? new Slug(command.slug().value()) : null;
        Settings newSettings = command.settingsJson().present()
                ? new Settings(command.settingsJson().value())
                : null;

        return unitOfWork.inTransaction(() -> {
            VisibleWorkspace current = findVisible(command.actor(), command.workspaceId(), true);
            AccessPolicy.require(current, Capability.WORKSPACE_SETTINGS_UPDATE);
            Workspace workspace = current.workspace();
            OrganizationService.checkVersion(command.expectedVersion(), workspace.version());

            Instant now = Times.now(clock);
            List<AuditEvent> events = new ArrayList<>();
            if (newName != null && !newName.equals(workspace.name())) {
                events.add(event(command.actor(), workspace, now, "workspace.renamed",
                        Map.of("from", workspace.name().value(), "to", newName.value())));
                workspace.rename(newName, now);
            }
            if (newSlug != null && !newSlug.equals(workspace.slug())) {
                events.add(event(command.actor(), workspace, now, "workspace.slug_changed",
                        Map.of("from", workspace.slug().value(), "to", newSlug.value())));
                workspace.changeSlug(newSlug, now);
            }
            if (newSettings != null && !newSettings.equals(workspace.settings())) {
                events.add(event(command.actor(), workspace, now, "workspace.settings_changed", Map.of()));
                workspace.replaceSettings(newSettings, now);
            }

            if (!events.isEmpty()) {
                workspaces.update(workspace);
                LOG.log(Level.INFO, "workspace {0} updated: {1} change(s)", workspace.id(), events.size());
                events.forEach(auditTrail::record);
            }
            return findVisible(command.actor(), command.workspaceId(), false);
        });
    }

    private VisibleWorkspace findVisible(UserId actor, WorkspaceId id, boolean forUpdate) {
        return workspaces.findVisible(id, actor, forUpdate)
                .orElseThrow(() -> new WorkspaceNotFoundException(id.value()));
    }

    private AuditEvent event(UserId actor, Workspace workspace, Instant now, String action,
            Map<String, String> details) {
        return new AuditEvent(UuidV7.next(clock), workspace.organizationId(), now, actor, action,
                "workspace", workspace.id().value(), details);
    }
}
