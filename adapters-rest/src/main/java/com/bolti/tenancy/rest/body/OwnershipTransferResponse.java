package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.TransferOwnershipUseCase;

/** Both memberships after an ownership transfer. */
public record OwnershipTransferResponse(OrganizationMemberResponse owner, OrganizationMemberResponse previousOwner) {

    public static OwnershipTransferResponse of(TransferOwnershipUseCase.Transfer transfer) {
        return new OwnershipTransferResponse(OrganizationMemberResponse.of(transfer.owner()),
                OrganizationMemberResponse.of(transfer.previousOwner()));
    }
}
