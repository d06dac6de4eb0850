package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.OrganizationMember;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;

/** Hands an organization to another current member; the former owner becomes an {@code ADMIN}. */
public interface TransferOwnershipUseCase {

    record TransferOwnershipCommand(UserId actor, OrganizationId organizationId, UserId newOwner) {
    }

    /** Both memberships after the transfer. */
    record Transfer(OrganizationMember owner, OrganizationMember previousOwner) {
    }

    Transfer transfer(TransferOwnershipCommand command);
}
