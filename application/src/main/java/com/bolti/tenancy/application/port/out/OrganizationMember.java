package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of an organization with the user's contact details.
 *
 * @param membershipId time-ordered key of the membership, used for keyset pagination
 */
public record OrganizationMember(UUID membershipId, UserId userId, String email, String name,
        OrganizationRole role, Instant joinedAt) {
}
