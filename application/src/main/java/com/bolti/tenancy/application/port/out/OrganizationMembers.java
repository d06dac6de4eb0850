package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.model.EmailAddress;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import java.time.Instant;
import java.util.Optional;

/** Memberships of users in organizations. */
public interface OrganizationMembers {

    /** Adds a member; the database admits one {@code OWNER} per organization. */
    void add(OrganizationId organizationId, UserId userId, OrganizationRole role, Instant joinedAt);

    /**
     * Returns the membership, or empty. With {@code forUpdate} the membership row stays
     * locked until the transaction ends.
     */
    Optional<OrganizationMember> find(OrganizationId organizationId, UserId userId, boolean forUpdate);

    /** Lists the members ordered by membership key. */
    Page<OrganizationMember> list(OrganizationId organizationId, PageRequest page);

    void changeRole(OrganizationId organizationId, UserId userId, OrganizationRole role);

    /**
     * Makes {@code newOwner} the owner and {@code formerOwner} an {@code ADMIN}, demoting first
     * so that the organization never has two owners.
     */
    void transferOwnership(OrganizationId organizationId, UserId formerOwner, UserId newOwner);

    /** Counts the organization's members. */
    long count(OrganizationId organizationId);

    /** Removes the membership; the database removes the user's workspace memberships in it too. */
    void remove(OrganizationId organizationId, UserId userId);

    /** Tells whether a user with this email address, ignoring case, is a member. */
    boolean hasMemberWithEmail(OrganizationId organizationId, EmailAddress email);
}
