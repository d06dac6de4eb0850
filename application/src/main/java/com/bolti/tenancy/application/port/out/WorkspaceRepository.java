package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.Workspace;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Workspaces, always looked up through the organization membership of the user asking. */
public interface WorkspaceRepository {

    /** Stores a new workspace; throws {@code SlugTakenException} when its slug is taken. */
    void add(Workspace workspace);

    /**
     * Returns the workspace with the user's access to it, or empty when it does not exist or
     * the user is not a member of its organization. With {@code forUpdate} the workspace row
     * stays locked until the transaction ends.
     */
    Optional<VisibleWorkspace> findVisible(WorkspaceId id, UserId user, boolean forUpdate);

    /**
     * Writes changed fields and increments the version; throws {@code SlugTakenException}
     * when the new slug is taken in the organization.
     */
    void update(Workspace workspace);

    /**
     * Lists workspaces of an organization ordered by id: all of them when {@code all}, else
     * only those where the user has a workspace membership.
     */
    Page<VisibleWorkspace> listInOrganization(OrganizationId organizationId, UserId user,
            boolean all, PageRequest page);

    /**
     * Lists, across all the user's organizations, the workspaces where the user holds a
     * membership or owns the organization, ordered by creation.
     */
    List<VisibleWorkspace> listActionable(UserId user);

    /** Lists every workspace of the organization, ordered by creation. */
    List<Workspace> listAll(OrganizationId organizationId);

    /** Counts the organization's workspaces. */
    long countInOrganization(OrganizationId organizationId);

    /**
     * Deletes the workspace in one statement; the database removes its memberships, its place
     * in pending invitations and its resources.
     */
    void delete(WorkspaceId id);

    /** Returns those of {@code ids} that name workspaces of the organization. */
    Set<WorkspaceId> idsInOrganization(OrganizationId organizationId, Collection<WorkspaceId> ids);

    /**
     * Returns the slugs of the organization that are {@code base} or start with {@code base-}.
     * Holds a lock on the organization's {@code base} until the transaction ends, so that
     * concurrent derivations from the same base take turns instead of picking the same candidate.
     */
    Set<String> slugsLike(OrganizationId organizationId, String base);
}
