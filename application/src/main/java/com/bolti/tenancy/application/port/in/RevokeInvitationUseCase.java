package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.util.UUID;

/** Withdraws a pending invitation so that its token no longer works. */
public interface RevokeInvitationUseCase {

    void revoke(UserId actor, OrganizationId organizationId, UUID invitationId);
}
