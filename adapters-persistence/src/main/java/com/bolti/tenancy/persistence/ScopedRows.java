package com.bolti.tenancy.persistence;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and deletes of workspace resource rows, each filtered by the tenant scope: a row of
 * another workspace is never found, whatever its id.
 */
final class ScopedRows<E extends ScopedEntity> {

    private final Class<E> type;
    private final String entity;

    ScopedRows(Class<E> type) {
        this.type = type;
        this.entity = type.getSimpleName();
    }

    /** Returns the row, locked until the transaction ends when {@code forUpdate}. */
    Optional<E> find(EntityManager entityManager, WorkspaceScope scope, UUID id, boolean forUpdate) {
        TypedQuery<E> query = entityManager.createQuery("select e from " + entity
                        + " e where e.id = :id and e.workspaceId = :workspace and e.organizationId = :organization", type)
                .setParameter("id", id)
                .setParameter("workspace", scope.workspaceId().value())
                .setParameter("organization", scope.organizationId().value());
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** Returns those of {@code ids} that are rows of the workspace, ordered by id. */
    List<E> findAll(EntityManager entityManager, WorkspaceScope scope, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select e from " + entity
                        + " e where e.workspaceId = :workspace and e.organizationId = :organization and e.id in :ids"
                        + " order by e.id", type)
                .setParameter("workspace", scope.workspaceId().value())
                .setParameter("organization", scope.organizationId().value())
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Returns the workspace's rows whose {@code name} is one of {@code names}, ordered by id. */
    List<E> findByNames(EntityManager entityManager, WorkspaceScope scope, Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select e from " + entity
                        + " e where e.workspaceId = :workspace and e.organizationId = :organization"
                        + " and e.name in :names order by e.id", type)
                .setParameter("workspace", scope.workspaceId().value())
                .setParameter("organization", scope.organizationId().value())
                .setParameter("names", names)
                .getResultList();
    }

    /** Returns one keyset page of the workspace's rows in one statement, ordered by id. */
    Page<E> page(EntityManager entityManager, WorkspaceScope scope, PageRequest page) {
        String after = page.after() == null ? "" : " and e.id > :after";
        TypedQuery<E> query = entityManager.createQuery("select e from " + entity
                        + " e where e.workspaceId = :workspace and e.organizationId = :organization" + after
                        + " order by e.id", type)
                .setParameter("workspace", scope.workspaceId().value())
                .setParameter("organization", scope.organizationId().value())
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        return Keyset.page(query.getResultList(), page, row -> row.id);
    }

    /** Deletes the row; returns {@code false} when the workspace has no row with this id. */
    boolean delete(EntityManager entityManager, WorkspaceScope scope, UUID id) {
        return entityManager.createQuery("delete from " + entity
                        + " e where e.id = :id and e.workspaceId = :workspace and e.organizationId = :organization")
                .setParameter("id", id)
                .setParameter("workspace", scope.workspaceId().value())
                .setParameter("organization", scope.organizationId().value())
                .executeUpdate() == 1;
    }
}
