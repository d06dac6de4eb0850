package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Organization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import java.util.Optional;
import java.util.Set;

/**
 * Organizations, always looked up through the membership of the user asking.
 *
 * <p>Lock order: a use case that changes an organization's members, owner, workspaces or
 * billing first locks the organization row through {@link #findForMember} with
 * {@code forUpdate}, then the membership rows it changes, then workspace rows. Concurrent
 * changes to one organization therefore run one after the other, and changes that follow
 * this order cannot deadlock each other.
 */
public interface OrganizationRepository {

    /** Stores a new organization; throws {@code SlugTakenException} when its slug is taken. */
    void add(Organization organization);

    /**
     * Returns the organization with the member's role, or empty when it does not exist or the
     * user is not a member. With {@code forUpdate} the organization row stays locked against
     * other writers until the transaction ends, and the result reflects every change committed
     * before the lock was granted. Inserts that only reference the organization are not blocked.
     */
    Optional<MemberOrganization> findForMember(OrganizationId id, UserId member, boolean forUpdate);

    /**
     * Writes changed fields and increments the version; throws {@code SlugTakenException}
     * when the new slug is taken.
     */
    void update(Organization organization);

    /**
     * Deletes the organization in one statement; the database removes everything that belongs
     * to it: workspaces and their contents, members, invitations, billing records and audit
     * events. Users stay.
     */
    void delete(OrganizationId id);

    /** Lists the organizations the user belongs to, ordered by id. */
    Page<MemberOrganization> listForMember(UserId member, PageRequest page);

    /**
     * Returns the taken slugs that are {@code base} or start with {@code base-}. Holds a lock
     * on {@code base} until the transaction ends, so that concurrent derivations from the same
     * base take turns instead of picking the same candidate.
     */
    Set<String> slugsLike(String base);
}
