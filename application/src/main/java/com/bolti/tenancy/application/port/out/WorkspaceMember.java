package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of a workspace with the user's contact details and their access there, organization
 * role included.
 *
 * @param membershipId time-ordered key of the membership, used for keyset pagination
 */
public record WorkspaceMember(UUID membershipId, UserId userId, String email, String name,
        WorkspaceAccess access, Instant joinedAt) {
}
