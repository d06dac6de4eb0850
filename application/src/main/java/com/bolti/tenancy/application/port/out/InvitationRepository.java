package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Invitation;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Pending invitations; a token is stored only as its hash. */
public interface InvitationRepository {

    /** Stores an invitation, replacing any pending one to the same address in the organization. */
    void add(Invitation invitation, byte[] tokenHash);

    /** Lists pending invitations that have not expired at {@code now}, ordered by id. */
    Page<Invitation> listPending(OrganizationId organizationId, Instant now, PageRequest page);

    /** Counts the organization's pending invitations that have not expired at {@code now}. */
    long countPending(OrganizationId organizationId, Instant now);

    /** Counts pending invitations, unexpired at {@code now}, that grant a role in the workspace. */
    long countPendingNaming(WorkspaceId workspaceId, Instant now);

    /** Deletes a pending invitation of the organization; returns {@code false} when there was none. */
    boolean revoke(OrganizationId organizationId, UUID invitationId);

    /** Finds a pending invitation by token hash and locks it until the transaction ends. */
    Optional<Invitation> lockPendingByTokenHash(byte[] tokenHash);

    /** Marks a pending invitation as used; a used invitation is never found again. */
    void markAccepted(UUID invitationId, UserId acceptedBy, Instant now);
}
