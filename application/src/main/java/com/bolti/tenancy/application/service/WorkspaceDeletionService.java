package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.DeleteWorkspaceUseCase;
import com.bolti.tenancy.application.port.in.PreviewWorkspaceDeletionQuery;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.InvitationRepository;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.error.AccessDeniedException;
import com.bolti.tenancy.domain.error.LastWorkspaceException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import com.bolti.tenancy.domain.model.DeletionConfirmation;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.Workspace;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Workspace deletion and its preview. A deletion locks the organization row before counting
 * its workspaces, so two deletions in one organization run one after the other and never
 * remove its last workspace between them.
 */
public final class WorkspaceDeletionService implements PreviewWorkspaceDeletionQuery, DeleteWorkspaceUseCase {

    private static final System.Logger LOG = System.getLogger(WorkspaceDeletionService.class.getName());

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final WorkspaceRepository workspaces;
    private final WorkspaceContents contents;
    private final WorkspaceFootprints footprints;
    private final AuditEvents audit;
    private final Clock clock;

    public WorkspaceDeletionService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            WorkspaceRepository workspaces, WorkspaceMembers workspaceMembers, InvitationRepository invitations,
            WorkspaceContents contents, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.workspaces = workspaces;
        this.contents = contents;
        this.footprints = new WorkspaceFootprints(workspaceMembers, invitations, contents);
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public WorkspaceDeletionPreview preview(UserId actor, WorkspaceId workspaceId) {
        return unitOfWork.inTransaction(() -> {
            Workspace workspace = managedBy(actor, workspaceId, false).workspace();

            List<String> blockers = new ArrayList<>();
            try {
                workspace.checkDeletable(workspaces.countInOrganization(workspace.organizationId()));
            } catch (LastWorkspaceException e) {
                blockers.add(e.code());
            }
            return new WorkspaceDeletionPreview(footprints.of(workspace, Times.now(clock)), blockers);
        });
    }

    @Override
    public void delete(DeleteWorkspaceCommand command) {
        UserId actor = command.actor();
        WorkspaceId workspaceId = command.workspaceId();
        LOG.log(Level.DEBUG, "delete workspace {0}", workspaceId);

        unitOfWork.inTransaction(() -> {
            OrganizationId organizationId = managedBy(actor, workspaceId, false).workspace().organizationId();
            organizations.findForMember(organizationId, actor, true)
                    .orElseThrow(() -> new WorkspaceNotFoundException(workspaceId.value()));
            Workspace workspace = managedBy(actor, workspaceId, true).workspace();
            DeletionConfirmation.require(workspace.slug(), command.confirm(), "workspace");
            workspace.checkDeletable(workspaces.countInOrganization(organizationId));

            Instant now = Times.now(clock);
            int released = contents.releasePhoneNumbers(organizationId, workspaceId, actor, now);
            workspaces.delete(workspaceId);
            audit.record(actor, organizationId, now, "workspace.deleted", "workspace", workspaceId.value(),
                    Map.of("slug", workspace.slug().value(), "name", workspace.name().value(),
                            "phoneNumbersReleased", Integer.toString(released)));
            LOG.log(Level.INFO, "deleted workspace {0} of organization {1}, releasing {2} phone numbers",
                    workspaceId, organizationId, released);
            return null;
        });
    }

    /**
     * Loads the workspace for an organization owner or admin: 404 for anyone who cannot see it,
     * 403 for a workspace member without that organization role. With {@code forUpdate} the
     * workspace row stays locked, and a workspace deleted meanwhile is a 404.
     */
    private VisibleWorkspace managedBy(UserId actor, WorkspaceId workspaceId, boolean forUpdate) {
        VisibleWorkspace workspace = workspaces.findVisible(workspaceId, actor, forUpdate)
                .orElseThrow(() -> new WorkspaceNotFoundException(workspaceId.value()));
        AccessPolicy.requireVisible(workspace);
        if (!workspace.access().hasOrganizationPower(OrganizationPower.MANAGE_WORKSPACES)) {
            throw new AccessDeniedException(OrganizationPower.MANAGE_WORKSPACES.wireName());
        }
        return workspace;
    }
}
