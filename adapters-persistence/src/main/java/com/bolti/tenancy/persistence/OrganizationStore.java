package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationMember;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.error.AlreadyMemberException;
import com.bolti.tenancy.domain.error.SlugTakenException;
import com.bolti.tenancy.domain.model.EmailAddress;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.Organization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.PlanTier;
import com.bolti.tenancy.domain.model.Settings;
import com.bolti.tenancy.domain.model.Slug;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Organizations and organization memberships in PostgreSQL. */
@ApplicationScoped
class OrganizationStore implements OrganizationRepository, OrganizationMembers,
        PanacheRepositoryBase<OrganizationEntity, UUID> {

    private static final String SLUG_CONSTRAINT = "organizations_slug_key";
    private static final String MEMBER_CONSTRAINT = "organization_members_key";

    private final Clock clock;

    OrganizationStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void add(Organization organization) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.id = organization.id().value();
        entity.createdAt = organization.createdAt();
        copy(organization, entity);
        persistChecked(entity, organization.slug());
    }

    @Override
    public Optional<MemberOrganization> findForMember(OrganizationId id, UserId member, boolean forUpdate) {
        if (forUpdate && !RowLocks.lockForNoKeyUpdate(getEntityManager(), OrganizationEntity.class, "organizations",
                id.value())) {
            return Optional.empty();
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                select o, m.role from OrganizationEntity o
                join OrganizationMemberEntity m on m.organizationId = o.id and m.userId = :user
                where o.id = :id""", Object[].class)
                .setParameter("id", id.value())
                .setParameter("user", member.value())
                .getResultList();
        return rows.stream().findFirst().map(OrganizationStore::toMemberOrganization);
    }

    @Override
    public void update(Organization organization) {
        OrganizationEntity entity = findById(organization.id().value());
        copy(organization, entity);
        entity.version = entity.version + 1;
        flushChecked(organization.slug());
    }

    @Override
    public void delete(OrganizationId id) {
        getEntityManager().createNativeQuery("DELETE FROM organizations WHERE id = :id")
                .setParameter("id", id.value())
                .executeUpdate();
    }

    @Override
    public Page<MemberOrganization> listForMember(UserId member, PageRequest page) {
        String after = page.after() == null ? "" : " and o.id > :after";
        var query = getEntityManager().createQuery("""
                select o, m.role from OrganizationMemberEntity m
                join OrganizationEntity o on o.id = m.organizationId
                where m.userId = :user""" + after + " order by o.id", Object[].class)
                .setParameter("user", member.value())
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<MemberOrganization> rows = query.getResultList().stream()
                .map(OrganizationStore::toMemberOrganization)
                .toList();
        return Keyset.page(rows, page, row -> row.organization().id().value());
    }

    @Override
    public Set<String> slugsLike(String base) {
        AdvisoryLocks.lockUntilCommit(getEntityManager(), "organization-slug:" + base);
        return new HashSet<>(getEntityManager().createQuery(
                "select o.slug from OrganizationEntity o where o.slug = :base or o.slug like :prefix",
                String.class)
                .setParameter("base", base)
                .setParameter("prefix", base + "-%")
                .getResultList());
    }

    @Override
    public void add(OrganizationId organizationId, UserId userId, OrganizationRole role, Instant joinedAt) {
        OrganizationMemberEntity entity = new OrganizationMemberEntity();
        entity.id = UuidV7.next(clock);
        entity.organizationId = organizationId.value();
        entity.userId = userId.value();
        entity.role = role.name();
        entity.joinedAt = joinedAt;
        getEntityManager().persist(entity);
        try {
            getEntityManager().flush();
        } catch (PersistenceException e) {
            if (MEMBER_CONSTRAINT.equals(Constraints.violated(e))) {
                throw new AlreadyMemberException("user " + userId);
            }
            throw e;
        }
    }

    @Override
    public Optional<OrganizationMember> find(OrganizationId organizationId, UserId userId, boolean forUpdate) {
        var query = getEntityManager().createQuery("""
                select m from OrganizationMemberEntity m
                where m.organizationId = :organization and m.userId = :user""", OrganizationMemberEntity.class)
                .setParameter("organization", organizationId.value())
                .setParameter("user", userId.value());
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().map(membership -> {
            UserEntity user = getEntityManager().find(UserEntity.class, membership.userId);
            return toMember(membership, user);
        });
    }

    @Override
    public Page<OrganizationMember> list(OrganizationId organizationId, PageRequest page) {
        String after = page.after() == null ? "" : " and m.id > :after";
        var query = getEntityManager().createQuery("""
                select m, u from OrganizationMemberEntity m join UserEntity u on u.id = m.userId
                where m.organizationId = :organization""" + after + " order by m.id", Object[].class)
                .setParameter("organization", organizationId.value())
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<OrganizationMember> rows = query.getResultList().stream()
                .map(row -> toMember((OrganizationMemberEntity) row[0], (UserEntity) row[1]))
                .toList();
        return Keyset.page(rows, page, OrganizationMember::membershipId);
    }

    @Override
    public void changeRole(OrganizationId organizationId, UserId userId, OrganizationRole role) {
        membership(organizationId, userId).role = role.name();
        getEntityManager().flush();
    }

    @Override
    public void transferOwnership(OrganizationId organizationId, UserId formerOwner, UserId newOwner) {
        changeRole(organizationId, formerOwner, OrganizationRole.ADMIN);
        changeRole(organizationId, newOwner, OrganizationRole.OWNER);
    }

    @Override
    public long count(OrganizationId organizationId) {
        return getEntityManager().createQuery(
                "select count(m) from OrganizationMemberEntity m where m.organizationId = :organization", Long.class)
                .setParameter("organization", organizationId.value())
                .getSingleResult();
    }

    @Override
    public void remove(OrganizationId organizationId, UserId userId) {
        getEntityManager().createQuery("""
                delete from OrganizationMemberEntity m
                where m.organizationId = :organization and m.userId = :user""")
                .setParameter("organization", organizationId.value())
                .setParameter("user", userId.value())
                .executeUpdate();
    }

    @Override
    public boolean hasMemberWithEmail(OrganizationId organizationId, EmailAddress email) {
        return getEntityManager().createQuery("""
                select count(m) from OrganizationMemberEntity m join UserEntity u on u.id = m.userId
                where m.organizationId = :organization and lower(u.email) = :email""", Long.class)
                .setParameter("organization", organizationId.value())
                .setParameter("email", email.normalized())
                .getSingleResult() > 0;
    }

    /**
     * Returns the managed membership row, so that a change through it is visible to later reads
     * in the same transaction, unlike a bulk update.
     */
    private OrganizationMemberEntity membership(OrganizationId organizationId, UserId userId) {
        return getEntityManager().createQuery("""
                select m from OrganizationMemberEntity m
                where m.organizationId = :organization and m.userId = :user""", OrganizationMemberEntity.class)
                .setParameter("organization", organizationId.value())
                .setParameter("user", userId.value())
                .getSingleResult();
    }

    private static OrganizationMember toMember(OrganizationMemberEntity membership, UserEntity user) {
        return new OrganizationMember(membership.id, new UserId(membership.userId), user.email, user.name,
                OrganizationRole.valueOf(membership.role), membership.joinedAt);
    }

    private static void copy(Organization organization, OrganizationEntity entity) {
        entity.name = organization.name().value();
        entity.slug = organization.slug().value();
        entity.logoUrl = organization.logoUrl();
        entity.settings = organization.settings().json();
        entity.planTier = organization.planTier().wireName();
        entity.updatedAt = organization.updatedAt();
    }

    private void persistChecked(OrganizationEntity entity, Slug slug) {
        getEntityManager().persist(entity);
        flushChecked(slug);
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

    static MemberOrganization toMemberOrganization(Object[] row) {
        OrganizationEntity entity = (OrganizationEntity) row[0];
        OrganizationRole role = OrganizationRole.valueOf((String) row[1]);
        return new MemberOrganization(toOrganization(entity), role);
    }

    static Organization toOrganization(OrganizationEntity entity) {
        return Organization.restore(new OrganizationId(entity.id), new Name(entity.name),
                new Slug(entity.slug), entity.logoUrl, new Settings(entity.settings),
                PlanTier.fromWireName(entity.planTier), entity.createdAt, entity.updatedAt,
                entity.version);
    }
}
