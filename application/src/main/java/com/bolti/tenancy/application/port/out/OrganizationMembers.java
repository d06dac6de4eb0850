package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;

/** Memberships of users in organizations. */
public interface OrganizationMembers {

    /** Adds a member; the database admits one {@code OWNER} per organization. */
    void add(OrganizationId organizationId, UserId userId, OrganizationRole role, Instant joinedAt);
}
