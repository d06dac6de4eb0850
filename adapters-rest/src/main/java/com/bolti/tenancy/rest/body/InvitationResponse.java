package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.model.Invitation;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invitation; {@code token} is present only in the response that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationResponse(UUID id, String email, String role, List<WorkspaceGrantBody> workspaces,
        Instant expiresAt, String token) {

    public static InvitationResponse of(Invitation invitation, String token) {
        return new InvitationResponse(invitation.id(), invitation.email().value(), invitation.role().name(),
                invitation.workspaces().stream().map(WorkspaceGrantBody::of).toList(), invitation.expiresAt(), token);
    }
}
