package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.DeleteOrganizationUseCase;
import com.bolti.tenancy.application.port.in.PreviewOrganizationDeletionQuery;
import com.bolti.tenancy.application.port.in.WorkspaceFootprint;
import com.bolti.tenancy.application.port.out.CreditLedger;
import com.bolti.tenancy.application.port.out.InvitationRepository;
import com.bolti.tenancy.application.port.out.Invoices;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.PaymentMethods;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.error.PaidPlanActiveException;
import com.bolti.tenancy.domain.model.DeletionConfirmation;
import com.bolti.tenancy.domain.model.Organization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.Workspace;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Organization deletion and its preview. The deletion leaves no audit event, because the
 * organization's audit trail is deleted with it; the service log records it instead.
 */
public final class OrganizationDeletionService implements PreviewOrganizationDeletionQuery,
        DeleteOrganizationUseCase {

    private static final System.Logger LOG = System.getLogger(OrganizationDeletionService.class.getName());

    /** Outbound ports whose rows an organization deletion counts or removes. */
    public record Ports(OrganizationMembers members, WorkspaceRepository workspaces,
            WorkspaceMembers workspaceMembers, InvitationRepository invitations, WorkspaceContents contents,
            PaymentMethods paymentMethods, CreditLedger ledger, Invoices invoices) {
    }

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final Ports ports;
    private final WorkspaceFootprints footprints;
    private final Clock clock;

    public OrganizationDeletionService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            Ports ports, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.ports = ports;
        this.footprints = new WorkspaceFootprints(ports.workspaceMembers(), ports.invitations(),
                ports.contents());
        this.clock = clock;
    }

    @Override
    public OrganizationDeletionPreview preview(UserId actor, OrganizationId organizationId) {
        return unitOfWork.inTransaction(() -> {
            Organization organization = ownedBy(actor, organizationId, false);

            Instant now = Times.now(clock);
            List<WorkspaceFootprint> workspaces = new ArrayList<>();
            for (Workspace workspace : ports.workspaces().listAll(organizationId)) {
                workspaces.add(footprints.of(workspace, now));
            }
            List<String> blockers = new ArrayList<>();
            try {
                organization.checkDeletable();
            } catch (PaidPlanActiveException e) {
                blockers.add(e.code());
            }
            return new OrganizationDeletionPreview(organization, workspaces,
                    ports.members().count(organizationId),
                    ports.invitations().countPending(organizationId, now),
                    ports.paymentMethods().listActive(organizationId).size(),
                    ports.ledger().count(organizationId),
                    ports.invoices().count(organizationId),
                    blockers);
        });
    }

    @Override
    public void delete(DeleteOrganizationCommand command) {
        UserId actor = command.actor();
        OrganizationId organizationId = command.organizationId();
        LOG.log(Level.DEBUG, "delete organization {0}", organizationId);

        unitOfWork.inTransaction(() -> {
            Organization organization = ownedBy(actor, organizationId, true);
            DeletionConfirmation.require(organization.slug(), command.confirm(), "organization");
            organization.checkDeletable();

            Instant now = Times.now(clock);
            int released = 0;
            for (Workspace workspace : ports.workspaces().listAll(organizationId)) {
                // NOTE: the release writes its outbox messages in this transaction; they survive the
                // deletion below only if the outbox table does not cascade from organizations.
                released += ports.contents().releasePhoneNumbers(organizationId, workspace.id(), actor, now);
            }
            organizations.delete(organizationId);
            LOG.log(Level.INFO, "deleted organization {0} at the request of user {1}, releasing {2} phone numbers",
                    organizationId, actor, released);
            return null;
        });
    }

    private Organization ownedBy(UserId actor, OrganizationId organizationId, boolean forUpdate) {
        MemberOrganization organization = organizations.findForMember(organizationId, actor, forUpdate)
                .orElseThrow(() -> new OrganizationNotFoundException(organizationId.value()));
        AccessPolicy.require(organization, OrganizationPower.OWN);
        return organization.organization();
    }
}
