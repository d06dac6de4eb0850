package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.AcceptInvitationUseCase;
import com.bolti.tenancy.application.port.in.InviteMemberUseCase;
import com.bolti.tenancy.application.port.in.ListInvitationsQuery;
import com.bolti.tenancy.application.port.in.RevokeInvitationUseCase;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.InvitationRepository;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.error.AlreadyMemberException;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.error.InvitationNotFoundException;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.error.WorkspaceNotInOrganizationException;
import com.bolti.tenancy.domain.model.EmailAddress;
import com.bolti.tenancy.domain.model.Invitation;
import com.bolti.tenancy.domain.model.InvitationToken;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Use cases on invitations: invite, list, revoke, accept. */
public final class InvitationService implements InviteMemberUseCase, ListInvitationsQuery, RevokeInvitationUseCase,
        AcceptInvitationUseCase {

    private static final System.Logger LOG = System.getLogger(InvitationService.class.getName());

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final OrganizationMembers organizationMembers;
    private final WorkspaceRepository workspaces;
    private final WorkspaceMembers workspaceMembers;
    private final InvitationRepository invitations;
    private final AuditEvents audit;
    private final Clock clock;

    public InvitationService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            OrganizationMembers organizationMembers, WorkspaceRepository workspaces, WorkspaceMembers workspaceMembers,
            InvitationRepository invitations, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.organizationMembers = organizationMembers;
        this.workspaces = workspaces;
        this.workspaceMembers = workspaceMembers;
        this.invitations = invitations;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public IssuedInvitation invite(InviteMemberCommand command) {
        EmailAddress email = new EmailAddress(command.email());
        OrganizationRole role = Roles.assignableOrganizationRole(command.role());
        List<Invitation.WorkspaceGrant> grants = grants(command.workspaces());

        return unitOfWork.inTransaction(() -> {
            requireManager(command.actor(), command.organizationId());
            Set<WorkspaceId> ofOrganization = workspaces.idsInOrganization(command.organizationId(),
                    grants.stream().map(Invitation.WorkspaceGrant::workspaceId).toList());
            for (Invitation.WorkspaceGrant grant : grants) {
                if (!ofOrganization.contains(grant.workspaceId())) {
                    throw new WorkspaceNotInOrganizationException(grant.workspaceId());
                }
            }
            if (organizationMembers.hasMemberWithEmail(command.organizationId(), email)) {
                throw new AlreadyMemberException(email.value());
            }

            Instant now = Times.now(clock);
            Invitation invitation = Invitation.issue(UuidV7.next(clock), command.organizationId(), email, role, grants,
                    command.actor(), now);
            String token = InvitationToken.generate();
            invitations.add(invitation, InvitationToken.hash(token));
            audit.record(command.actor(), command.organizationId(), now, "invitation.created", "invitation",
                    invitation.id(), Map.of("email", email.value(), "role", role.name()));
            LOG.log(Level.INFO, "invitation {0} issued in organization {1}", invitation.id(), command.organizationId());
            return new IssuedInvitation(invitation, token);
        });
    }

    @Override
    public Page<Invitation> list(UserId actor, OrganizationId organizationId, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            requireManager(actor, organizationId);
            return invitations.listPending(organizationId, Times.now(clock), page);
        });
    }

    @Override
    public void revoke(UserId actor, OrganizationId organizationId, UUID invitationId) {
        unitOfWork.inTransaction(() -> {
            requireManager(actor, organizationId);
            if (!invitations.revoke(organizationId, invitationId)) {
                throw new InvitationNotFoundException();
            }
            audit.record(actor, organizationId, Times.now(clock), "invitation.revoked", "invitation", invitationId,
                    Map.of());
            return null;
        });
    }

    @Override
    public Membership accept(AcceptInvitationCommand command) {
        if (command.token() == null || command.token().isBlank()) {
            throw new InvitationNotFoundException();
        }
        byte[] tokenHash = InvitationToken.hash(command.token());

        return unitOfWork.inTransaction(() -> {
            Invitation invitation = invitations.lockPendingByTokenHash(tokenHash)
                    .orElseThrow(InvitationNotFoundException::new);
            Instant now = Times.now(clock);
            invitation.checkAcceptableBy(command.callerEmail(), now);
            OrganizationId organizationId = invitation.organizationId();
            if (organizationMembers.find(organizationId, command.actor(), false).isPresent()) {
                throw new AlreadyMemberException("the caller");
            }

            invitations.markAccepted(invitation.id(), command.actor(), now);
            organizationMembers.add(organizationId, command.actor(), invitation.role(), now);
            for (Invitation.WorkspaceGrant grant : invitation.workspaces()) {
                workspaceMembers.add(organizationId, grant.workspaceId(), command.actor(), grant.role(), Map.of(), now);
            }
            audit.record(command.actor(), organizationId, now, "invitation.accepted", "invitation", invitation.id(),
                    Map.of("role", invitation.role().name()));
            LOG.log(Level.INFO, "invitation {0} accepted by user {1}", invitation.id(), command.actor());
            return new Membership(organizationId, command.actor(), invitation.role(), now, invitation.workspaces());
        });
    }

    private void requireManager(UserId actor, OrganizationId organizationId) {
        MemberOrganization organization = organizations.findForMember(organizationId, actor, false)
                .orElseThrow(() -> new OrganizationNotFoundException(organizationId.value()));
        AccessPolicy.require(organization, OrganizationPower.MANAGE_MEMBERS);
    }

    private static List<Invitation.WorkspaceGrant> grants(List<WorkspaceInvite> requested) {
        List<Invitation.WorkspaceGrant> grants = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; requested != null && i < requested.size(); i++) {
            WorkspaceInvite invite = requested.get(i);
            if (!seen.add(invite.workspaceId())) {
                throw new InvalidValueException("workspaces[" + i + "].workspaceId", "repeats a workspace");
            }
            grants.add(new Invitation.WorkspaceGrant(new WorkspaceId(invite.workspaceId()),
                    Roles.workspaceRole("workspaces[" + i + "].role", invite.role())));
        }
        return grants;
    }
}
