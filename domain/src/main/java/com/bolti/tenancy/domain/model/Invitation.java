package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.error.InvalidRoleException;
import com.bolti.tenancy.domain.error.InvitationEmailMismatchException;
import com.bolti.tenancy.domain.error.InvitationExpiredException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Offer to join an organization with one role, and optionally some of its workspaces with a
 * role in each. It grants exactly what it holds, once, to the invited address only.
 */
public record Invitation(UUID id, OrganizationId organizationId, EmailAddress email,
        OrganizationRole role, List<WorkspaceGrant> workspaces, UserId invitedBy, Instant createdAt,
        Instant expiresAt) {

    /** How long an invitation stays valid. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    /** A workspace the invitee joins on acceptance, with their role there. */
    public record WorkspaceGrant(WorkspaceId workspaceId, WorkspaceRole role) {

        public WorkspaceGrant {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(role, "role");
        }
    }

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        if (role == OrganizationRole.OWNER) {
            throw new InvalidRoleException("role", role, "ADMIN, BILLING or MEMBER");
        }
        workspaces = List.copyOf(workspaces);
    }

    /** Creates an invitation valid for {@link #VALIDITY} from {@code now}. */
    public static Invitation issue(UUID id, OrganizationId organizationId, EmailAddress email,
            OrganizationRole role, List<WorkspaceGrant> workspaces, UserId invitedBy, Instant now) {
        return new Invitation(id, organizationId, email, role, workspaces, invitedBy, now, now.plus(VALIDITY));
    }

    /**
     * Checks that the holder of {@code callerEmail} may accept at {@code now}: the address must
     * match, ignoring case, and the invitation must not have expired.
     */
    public void checkAcceptableBy(String callerEmail, Instant now) {
        if (!email.matches(callerEmail)) {
            throw new InvitationEmailMismatchException();
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvitationExpiredException(expiresAt);
        }
    }
}
