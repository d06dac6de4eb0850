package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Invitation;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.util.List;
import java.util.UUID;

/** Invites an email address into an organization and some of its workspaces, all or nothing. */
public interface InviteMemberUseCase {

    /** @param role the workspace role name as sent */
    record WorkspaceInvite(UUID workspaceId, Object role) {
    }

    /** @param role the organization role name as sent */
    record InviteMemberCommand(UserId actor, OrganizationId organizationId, String email, Object role,
            List<WorkspaceInvite> workspaces) {
    }

    /** The stored invitation and its token, which is shown this once and never again. */
    record IssuedInvitation(Invitation invitation, String token) {
    }

    IssuedInvitation invite(InviteMemberCommand command);
}
