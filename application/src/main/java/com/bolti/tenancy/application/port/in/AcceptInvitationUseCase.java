package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.model.Invitation;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;
import java.util.List;

/** Accepts an invitation: the caller joins with exactly what it holds, once. */
public interface AcceptInvitationUseCase {

    /** @param callerEmail the {@code email} claim of the caller's token, or {@code null} */
    record AcceptInvitationCommand(UserId actor, String callerEmail, String token) {
    }

    /** The memberships the caller now holds; workspaces deleted since the invitation are left out. */
    record Membership(OrganizationId organizationId, UserId userId, OrganizationRole role, Instant joinedAt,
            List<Invitation.WorkspaceGrant> workspaces) {
    }

    Membership accept(AcceptInvitationCommand command);
}
