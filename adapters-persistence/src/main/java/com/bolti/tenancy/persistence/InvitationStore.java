package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.InvitationRepository;
import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.model.EmailAddress;
import com.bolti.tenancy.domain.model.Invitation;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Invitations and the workspaces they grant, in PostgreSQL. */
@ApplicationScoped
class InvitationStore implements InvitationRepository, PanacheRepositoryBase<InvitationEntity, UUID> {

    @Override
    public void add(Invitation invitation, byte[] tokenHash) {
        // Concurrent invitations to one address take turns, so the replacement below never
        // trips the one-pending-per-address index.
        AdvisoryLocks.lockUntilCommit(getEntityManager(),
                "invitation:" + invitation.organizationId() + ":" + invitation.email().normalized());
        getEntityManager().createNativeQuery("""
                DELETE FROM invitations
                WHERE organization_id = :organization AND lower(email) = :email AND accepted_at IS NULL""")
                .setParameter("organization", invitation.organizationId().value())
                .setParameter("email", invitation.email().normalized())
                .executeUpdate();

        InvitationEntity entity = new InvitationEntity();
        entity.id = invitation.id();
        entity.organizationId = invitation.organizationId().value();
        entity.email = invitation.email().value();
        entity.role = invitation.role().name();
        entity.tokenHash = tokenHash;
        entity.invitedBy = invitation.invitedBy() == null ? null : invitation.invitedBy().value();
        entity.createdAt = invitation.createdAt();
        entity.expiresAt = invitation.expiresAt();
        persist(entity);
        getEntityManager().flush();

        for (Invitation.WorkspaceGrant grant : invitation.workspaces()) {
            getEntityManager().createNativeQuery("""
                    INSERT INTO invitation_workspaces (invitation_id, organization_id, workspace_id, role)
                    VALUES (:invitation, :organization, :workspace, :role)""")
                    .setParameter("invitation", invitation.id())
                    .setParameter("organization", invitation.organizationId().value())
                    .setParameter("workspace", grant.workspaceId().value())
                    .setParameter("role", grant.role().name())
                    .executeUpdate();
        }
    }

    @Override
    public Page<Invitation> listPending(OrganizationId organizationId, Instant now, PageRequest page) {
        String after = page.after() == null ? "" : " and i.id > :after";
        var query = getEntityManager().createQuery("""
                select i from InvitationEntity i
                where i.organizationId = :organization and i.acceptedAt is null and i.expiresAt > :now"""
                + after + " order by i.id", InvitationEntity.class)
                .setParameter("organization", organizationId.value())
                .setParameter("now", now)
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<InvitationEntity> rows = query.getResultList();
        Map<UUID, List<Invitation.WorkspaceGrant>> grants = grantsOf(rows.stream().map(row -> row.id).toList());
        List<Invitation> invitations = rows.stream()
                .map(row -> toInvitation(row, grants.getOrDefault(row.id, List.of())))
                .toList();
        return Keyset.page(invitations, page, Invitation::id);
    }

    @Override
    public long countPending(OrganizationId organizationId, Instant now) {
        return count("organizationId = ?1 and acceptedAt is null and expiresAt > ?2", organizationId.value(), now);
    }

    @Override
    public long countPendingNaming(WorkspaceId workspaceId, Instant now) {
        Number count = (Number) getEntityManager().createNativeQuery("""
                SELECT count(*) FROM invitation_workspaces g JOIN invitations i ON i.id = g.invitation_id
                WHERE g.workspace_id = :workspace AND i.accepted_at IS NULL AND i.expires_at > :now""")
                .setParameter("workspace", workspaceId.value())
                .setParameter("now", now)
                .getSingleResult();
        return count.longValue();
    }

    @Override
    public boolean revoke(OrganizationId organizationId, UUID invitationId) {
        return delete("id = ?1 and organizationId = ?2 and acceptedAt is null", invitationId,
                organizationId.value()) == 1;
    }

    @Override
    public Optional<Invitation> lockPendingByTokenHash(byte[] tokenHash) {
        Optional<InvitationEntity> row = find("tokenHash = ?1 and acceptedAt is null", (Object) tokenHash)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        return row.map(entity -> toInvitation(entity, grantsOf(List.of(entity.id)).getOrDefault(entity.id, List.of())));
    }

    @Override
    public void markAccepted(UUID invitationId, UserId acceptedBy, Instant now) {
        InvitationEntity entity = findById(invitationId);
        entity.acceptedAt = now;
        entity.acceptedBy = acceptedBy.value();
        getEntityManager().flush();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<Invitation.WorkspaceGrant>> grantsOf(List<UUID> invitationIds) {
        Map<UUID, List<Invitation.WorkspaceGrant>> result = new HashMap<>();
        if (invitationIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT invitation_id, workspace_id, role FROM invitation_workspaces
                WHERE invitation_id IN (:ids) ORDER BY workspace_id""")
                .setParameter("ids", invitationIds)
                .getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new Invitation.WorkspaceGrant(new WorkspaceId((UUID) row[1]), WorkspaceRole.valueOf((String) row[2])));
        }
        return result;
    }

    private static Invitation toInvitation(InvitationEntity entity, List<Invitation.WorkspaceGrant> grants) {
        return new Invitation(entity.id, new OrganizationId(entity.organizationId), new EmailAddress(entity.email),
                OrganizationRole.valueOf(entity.role), grants,
                entity.invitedBy == null ? null : new UserId(entity.invitedBy), entity.createdAt, entity.expiresAt);
    }
}
