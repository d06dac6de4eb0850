package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceMember;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.error.MemberNotInOrganizationException;
import com.bolti.tenancy.domain.error.SlugTakenException;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.Settings;
import com.bolti.tenancy.domain.model.Slug;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.Workspace;
import com.bolti.tenancy.domain.model.WorkspaceId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Workspaces and workspace memberships in PostgreSQL. */
@ApplicationScoped
class WorkspaceStore implements WorkspaceRepository, WorkspaceMembers,
        PanacheRepositoryBase<WorkspaceEntity, UUID> {

    private static final String SLUG_CONSTRAINT = "workspaces_slug_key";
    private static final String ORGANIZATION_MEMBER_CONSTRAINT = "workspace_members_organization_member_fk";

    /**
     * A workspace with the caller's organization role and workspace membership. The inner
     * join on the organization membership is the tenant scope: non-members get no row.
     */
    private static final String VISIBLE = """
            select w, om.role, wm.role, wm.permissions from WorkspaceEntity w
            join OrganizationMemberEntity om on om.organizationId = w.organizationId and om.userId = :user
            left join WorkspaceMemberEntity wm on wm.workspaceId = w.id and wm.userId = :user
            """;

    /** Workspace members with their user row and organization role. */
    private static final String MEMBERS = """
            select m, u, om.role from WorkspaceMemberEntity m
            join UserEntity u on u.id = m.userId
            join OrganizationMemberEntity om on om.organizationId = m.organizationId and om.userId = m.userId
            """;

    private final Clock clock;

    WorkspaceStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void add(Workspace workspace) {
        WorkspaceEntity entity = new WorkspaceEntity();
        entity.id = workspace.id().value();
        entity.organizationId = workspace.organizationId().value();
        entity.createdAt = workspace.createdAt();
        copy(workspace, entity);
        getEntityManager().persist(entity);
        flushChecked(workspace.slug());
    }

    @Override
    public Optional<VisibleWorkspace> findVisible(WorkspaceId id, UserId user, boolean forUpdate) {
        if (forUpdate && !RowLocks.lockForUpdate(getEntityManager(), WorkspaceEntity.class, "workspaces", id.value())) {
            return Optional.empty();
        }
        List<Object[]> rows = getEntityManager().createQuery(VISIBLE + "where w.id = :id", Object[].class)
                .setParameter("id", id.value())
                .setParameter("user", user.value())
                .getResultList();
        return rows.stream().findFirst().map(WorkspaceStore::toVisible);
    }

    @Override
    public void update(Workspace workspace) {
        WorkspaceEntity entity = findById(workspace.id().value());
        copy(workspace, entity);
        entity.version = entity.version + 1;
        flushChecked(workspace.slug());
    }

    @Override
    public Page<VisibleWorkspace> listInOrganization(OrganizationId organizationId, UserId user,
            boolean all, PageRequest page) {
        String membership = all ? "" : " and wm.id is not null";
        String after = page.after() == null ? "" : " and w.id > :after";
        var query = getEntityManager().createQuery(
                VISIBLE + "where w.organizationId = :organization" + membership + after + " order by w.id",
                Object[].class)
                .setParameter("organization", organizationId.value())
                .setParameter("user", user.value())
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<VisibleWorkspace> rows = query.getResultList().stream().map(WorkspaceStore::toVisible).toList();
        return Keyset.page(rows, page, row -> row.workspace().id().value());
    }

    @Override
    public List<VisibleWorkspace> listActionable(UserId user) {
        return getEntityManager().createQuery(VISIBLE
                + "where om.role = 'OWNER' or wm.id is not null order by w.createdAt, w.id", Object[].class)
                .setParameter("user", user.value())
                .getResultList().stream()
                .map(WorkspaceStore::toVisible)
                .filter(workspace -> workspace.access().canAct())
                .toList();
    }

    @Override
    public List<Workspace> listAll(OrganizationId organizationId) {
        return getEntityManager().createQuery(
                "select w from WorkspaceEntity w where w.organizationId = :organization order by w.createdAt, w.id",
                WorkspaceEntity.class)
                .setParameter("organization", organizationId.value())
                .getResultStream()
                .map(WorkspaceStore::toWorkspace)
                .toList();
    }

    @Override
    public long countInOrganization(OrganizationId organizationId) {
        return getEntityManager().createQuery(
                "select count(w) from WorkspaceEntity w where w.organizationId = :organization", Long.class)
                .setParameter("organization", organizationId.value())
                .getSingleResult();
    }

    @Override
    public void delete(WorkspaceId id) {
        getEntityManager().createNativeQuery("DELETE FROM workspaces WHERE id = :id")
                .setParameter("id", id.value())
                .executeUpdate();
    }

    @Override
    public Set<String> slugsLike(OrganizationId organizationId, String base) {
        AdvisoryLocks.lockUntilCommit(getEntityManager(), "workspace-slug:" + organizationId + ":" + base);
        return new HashSet<>(getEntityManager().createQuery("""
                select w.slug from WorkspaceEntity w
                where w.organizationId = :organization and (w.slug = :base or w.slug like :prefix)""",
                String.class)
                .setParameter("organization", organizationId.value())
                .setParameter("base", base)
                .setParameter("prefix", base + "-%")
                .getResultList());
    }

    @Override
    public void add(OrganizationId organizationId, WorkspaceId workspaceId, UserId userId,
            WorkspaceRole role, Map<Capability, Boolean> overrides, Instant joinedAt) {
        // A concurrent add of the same member ends as one membership with the last role sent.
        try {
            getEntityManager().createNativeQuery("""
                    INSERT INTO workspace_members (id, organization_id, workspace_id, user_id, role, permissions, joined_at)
                    VALUES (:id, :organization, :workspace, :user, :role, CAST(:permissions AS jsonb), :joined)
                    ON CONFLICT (workspace_id, user_id)
                    DO UPDATE SET role = EXCLUDED.role, permissions = EXCLUDED.permissions""")
                    .setParameter("id", UuidV7.next(clock))
                    .setParameter("organization", organizationId.value())
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("user", userId.value())
                    .setParameter("role", role.name())
                    .setParameter("permissions", JsonColumns.writeOverrides(overrides))
                    .setParameter("joined", joinedAt)
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (ORGANIZATION_MEMBER_CONSTRAINT.equals(Constraints.violated(e))) {
                throw new MemberNotInOrganizationException(userId);
            }
            throw e;
        }
    }

    @Override
    public void change(WorkspaceId workspaceId, UserId userId, WorkspaceRole role, Map<Capability, Boolean> overrides) {
        WorkspaceMemberEntity entity = membership(workspaceId, userId).orElseThrow();
        entity.role = role.name();
        entity.permissions = JsonColumns.writeOverrides(overrides);
        getEntityManager().flush();
    }

    @Override
    public boolean remove(WorkspaceId workspaceId, UserId userId) {
        return getEntityManager().createQuery("""
                delete from WorkspaceMemberEntity m where m.workspaceId = :workspace and m.userId = :user""")
                .setParameter("workspace", workspaceId.value())
                .setParameter("user", userId.value())
                .executeUpdate() == 1;
    }

    @Override
    public Optional<WorkspaceMember> find(WorkspaceId workspaceId, UserId userId) {
        return getEntityManager().createQuery(MEMBERS + "where m.workspaceId = :workspace and m.userId = :user",
                        Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("user", userId.value())
                .getResultStream()
                .findFirst()
                .map(WorkspaceStore::toMember);
    }

    @Override
    public long count(WorkspaceId workspaceId) {
        return getEntityManager().createQuery(
                "select count(m) from WorkspaceMemberEntity m where m.workspaceId = :workspace", Long.class)
                .setParameter("workspace", workspaceId.value())
                .getSingleResult();
    }

    @Override
    public Page<WorkspaceMember> list(WorkspaceId workspaceId, PageRequest page) {
        String after = page.after() == null ? "" : " and m.id > :after";
        var query = getEntityManager().createQuery(MEMBERS + "where m.workspaceId = :workspace" + after
                        + " order by m.id", Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<WorkspaceMember> rows = query.getResultList().stream().map(WorkspaceStore::toMember).toList();
        return Keyset.page(rows, page, WorkspaceMember::membershipId);
    }

    @Override
    public Set<WorkspaceId> idsInOrganization(OrganizationId organizationId, Collection<WorkspaceId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().createQuery("""
                select w.id from WorkspaceEntity w where w.organizationId = :organization and w.id in :ids""",
                        UUID.class)
                .setParameter("organization", organizationId.value())
                .setParameter("ids", ids.stream().map(WorkspaceId::value).toList())
                .getResultStream()
                .map(WorkspaceId::new)
                .collect(Collectors.toSet());
    }

    private Optional<WorkspaceMemberEntity> membership(WorkspaceId workspaceId, UserId userId) {
        return getEntityManager().createQuery("""
                select m from WorkspaceMemberEntity m where m.workspaceId = :workspace and m.userId = :user""",
                        WorkspaceMemberEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("user", userId.value())
                .getResultStream()
                .findFirst();
    }

    private static WorkspaceMember toMember(Object[] row) {
        WorkspaceMemberEntity membership = (WorkspaceMemberEntity) row[0];
        UserEntity user = (UserEntity) row[1];
        WorkspaceAccess access = new WorkspaceAccess(OrganizationRole.valueOf((String) row[2]),
                WorkspaceRole.valueOf(membership.role), JsonColumns.readOverrides(membership.permissions));
        return new WorkspaceMember(membership.id, new UserId(membership.userId), user.email, user.name, access,
                membership.joinedAt);
    }

    private static void copy(Workspace workspace, WorkspaceEntity entity) {
        entity.name = workspace.name().value();
        entity.slug = workspace.slug().value();
        entity.settings = workspace.settings().json();
        entity.updatedAt = workspace.updatedAt();
    }

    private void flushChecked(Slug slug) {
        try {
            getEntityManager().flush();
        } catch (PersistenceException e) {
            if (SLUG_CONSTRAINT.equals(Constraints.violated(e))) {
                throw new SlugTakenException(slug.value());
            }
            throw e;
        }
    }

    static VisibleWorkspace toVisible(Object[] row) {
        WorkspaceEntity entity = (WorkspaceEntity) row[0];
        OrganizationRole organizationRole = OrganizationRole.valueOf((String) row[1]);
        WorkspaceRole workspaceRole = row[2] == null ? null : WorkspaceRole.valueOf((String) row[2]);
        Map<Capability, Boolean> overrides = workspaceRole == null
                ? Map.of()
                : JsonColumns.readOverrides((String) row[3]);
        return new VisibleWorkspace(toWorkspace(entity),
                new WorkspaceAccess(organizationRole, workspaceRole, overrides));
    }

    static Workspace toWorkspace(WorkspaceEntity entity) {
        return Workspace.restore(new WorkspaceId(entity.id), new OrganizationId(entity.organizationId),
                new Name(entity.name), new Slug(entity.slug), new Settings(entity.settings),
                entity.createdAt, entity.updatedAt, entity.version);
    }
}
