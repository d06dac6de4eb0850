package com.bolti.tenancy.persistence;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Row locks taken with explicit SQL, since Hibernate's {@code PESSIMISTIC_WRITE} always means
 * {@code FOR UPDATE} on PostgreSQL. Each lock is held until the transaction ends.
 */
final class RowLocks {

    private RowLocks() {
    }

    /**
     * Locks a row {@code FOR NO KEY UPDATE}: other transactions that lock or change the row
     * wait, but inserts that only reference it by foreign key do not. Returns {@code false}
     * when the row does not exist.
     */
    static boolean lockForNoKeyUpdate(EntityManager entityManager, Class<?> entityType, String table, UUID id) {
        return lock(entityManager, entityType, table, id, "FOR NO KEY UPDATE");
    }

    /** Locks a row {@code FOR UPDATE}, for a row about to be deleted. Returns {@code false} when it does not exist. */
    static boolean lockForUpdate(EntityManager entityManager, Class<?> entityType, String table, UUID id) {
        return lock(entityManager, entityType, table, id, "FOR UPDATE");
    }

    /**
     * Locks the row, then reloads its entity, because an instance loaded earlier in the
     * transaction may predate changes committed while this transaction waited for the lock.
     */
    private static boolean lock(EntityManager entityManager, Class<?> entityType, String table, UUID id,
            String strength) {
        boolean exists = !entityManager.createNativeQuery("SELECT id FROM " + table + " WHERE id = :id " + strength)
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
        if (exists) {
            entityManager.refresh(entityManager.find(entityType, id));
        }
        return exists;
    }
}
