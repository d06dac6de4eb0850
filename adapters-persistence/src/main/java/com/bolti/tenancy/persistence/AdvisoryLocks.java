package com.bolti.tenancy.persistence;

import jakarta.persistence.EntityManager;

/** Transaction-scoped PostgreSQL advisory locks on text keys. */
final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /**
     * Waits for, then holds until the transaction ends, the advisory lock of {@code key}. Keys
     * are hashed to 32 bits, so two keys may share a lock: that costs waiting, never safety.
     */
    static void lockUntilCommit(EntityManager entityManager, String key) {
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", key)
                .getSingleResult();
    }
}
