package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.TransferOwnershipUseCase;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationMember;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.error.AlreadyOwnerException;
import com.bolti.tenancy.domain.error.MemberNotInOrganizationException;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Ownership transfer. It locks the organization row, then the two membership rows, which is
 * the order member removal and role changes use too. Concurrent transfers, removals and role
 * changes of one organization therefore run one after the other, and it keeps one owner.
 */
public final class OwnershipService implements TransferOwnershipUseCase {

    private static final System.Logger LOG = System.getLogger(OwnershipService.class.getName());

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final AuditEvents audit;
    private final Clock clock;

    public OwnershipService(UnitOfWork unitOfWork, OrganizationRepository organizations, OrganizationMembers members,
            AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.members = members;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Transfer transfer(TransferOwnershipCommand command) {
        OrganizationId organizationId = command.organizationId();
        UserId owner = command.actor();
        UserId newOwner = command.newOwner();
        LOG.log(Level.DEBUG, "transfer ownership of organization {0} to user {1}", organizationId, newOwner);

        return unitOfWork.inTransaction(() -> {
            MemberOrganization organization = organizations.findForMember(organizationId, owner, true)
                    .orElseThrow(() -> new OrganizationNotFoundException(organizationId.value()));
            AccessPolicy.require(organization, OrganizationPower.OWN);
            if (newOwner.equals(owner)) {
                throw new AlreadyOwnerException(newOwner);
            }
            members.find(organizationId, owner, true).orElseThrow();
            members.find(organizationId, newOwner, true)
                    .orElseThrow(() -> new MemberNotInOrganizationException(newOwner));

            Instant now = Times.now(clock);
            members.transferOwnership(organizationId, owner, newOwner);
            audit.record(owner, organizationId, now, "organization.ownership_transferred", "organization",
                    organizationId.value(), Map.of("from", owner.toString(), "to", newOwner.toString()));
            LOG.log(Level.INFO, "ownership of organization {0} moved from user {1} to user {2}", organizationId,
                    owner, newOwner);

            OrganizationMember current = members.find(organizationId, newOwner, false).orElseThrow();
            OrganizationMember previous = members.find(organizationId, owner, false).orElseThrow();
            return new Transfer(current, previous);
        });
    }
}
