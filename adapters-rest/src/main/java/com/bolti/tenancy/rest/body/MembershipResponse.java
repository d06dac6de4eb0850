package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.AcceptInvitationUseCase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The memberships an accepted invitation gave the caller. */
public record MembershipResponse(UUID organizationId, UUID userId, String role, Instant joinedAt,
        List<WorkspaceGrantBody> workspaces) {

    public static MembershipResponse of(AcceptInvitationUseCase.Membership membership) {
        return new MembershipResponse(membership.organizationId().value(), membership.userId().value(),
                membership.role().name(), membership.joinedAt(),
                membership.workspaces().stream().map(WorkspaceGrantBody::of).toList());
    }
}
