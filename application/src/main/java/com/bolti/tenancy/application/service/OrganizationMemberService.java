package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.ChangeOrganizationRoleUseCase;
import com.bolti.tenancy.application.port.in.ListOrganizationMembersQuery;
import com.bolti.tenancy.application.port.in.RemoveOrganizationMemberUseCase;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationMember;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.error.MemberIsOwnerException;
import com.bolti.tenancy.domain.error.MemberNotFoundException;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Use cases on organization memberships: list, change role, remove, leave. Changes lock the
 * organization row before the membership row, as ownership transfer does, so that a change
 * and a transfer run one after the other and the second reads what the first committed.
 */
public final class OrganizationMemberService implements ListOrganizationMembersQuery,
        ChangeOrganizationRoleUseCase, RemoveOrganizationMemberUseCase {

    private static final System.Logger LOG = System.getLogger(OrganizationMemberService.class.getName());

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final AuditEvents audit;
    private final Clock clock;

    public OrganizationMemberService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            OrganizationMembers members, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.members = members;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Page<OrganizationMember> list(UserId actor, OrganizationId organizationId, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            AccessPolicy.require(organizationOf(actor, organizationId, false), OrganizationPower.MANAGE_MEMBERS);
            return members.list(organizationId, page);
        });
    }

    @Override
    public OrganizationMember changeRole(ChangeOrganizationRoleCommand command) {
        OrganizationRole newRole = Roles.assignableOrganizationRole(command.role());

        return unitOfWork.inTransaction(() -> {
            AccessPolicy.require(organizationOf(command.actor(), command.organizationId(), true),
                    OrganizationPower.MANAGE_MEMBERS);
            OrganizationMember target = lockMember(command.organizationId(), command.member());
            if (target.role() == OrganizationRole.OWNER) {
                throw new MemberIsOwnerException(command.member());
            }
            if (target.role() == newRole) {
                return target;
            }

            Instant now = Times.now(clock);
            members.changeRole(command.organizationId(), command.member(), newRole);
            audit.record(command.actor(), command.organizationId(), now, "member.role_changed", "user",
                    command.member().value(), Map.of("from", target.role().name(), "to", newRole.name()));
            LOG.log(Level.INFO, "member {0} of organization {1} is now {2}", command.member(), command.organizationId(), newRole);
            return members.find(command.organizationId(), command.member(), false).orElseThrow();
        });
    }

    @Override
    public void remove(UserId actor, OrganizationId organizationId, UserId member) {
        unitOfWork.inTransaction(() -> {
            MemberOrganization organization = organizationOf(actor, organizationId, true);
            boolean leaving = actor.equals(member);
            if (!leaving) {
                AccessPolicy.require(organization, OrganizationPower.MANAGE_MEMBERS);
            }
            OrganizationMember target = lockMember(organizationId, member);
            if (target.role() == OrganizationRole.OWNER) {
                throw new MemberIsOwnerException(member);
            }

            LOG.log(Level.INFO, "member {0} removed from organization {1}", member, organizationId);
            members.remove(organizationId, member);
            audit.record(actor, organizationId, Times.now(clock), leaving ? "member.left" : "member.removed",
                    "user", member.value(), Map.of("role", target.role().name()));
            return null;
        });
    }

    private MemberOrganization organizationOf(UserId actor, OrganizationId organizationId, boolean forUpdate) {
        return organizations.findForMember(organizationId, actor, forUpdate)
                .orElseThrow(() -> new OrganizationNotFoundException(organizationId.value()));
    }

    private OrganizationMember lockMember(OrganizationId organizationId, UserId member) {
        return members.find(organizationId, member, true)
                .orElseThrow(() -> new MemberNotFoundException(member, "organization"));
    }
}
