package com.bolti.tenancy.persistence;

import jakarta.persistence.EntityManager;

/** Transaction-scoped PostgreSQL advisory locks on text keys. */
final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /**
     * Waits for the advisory lock of {@code key} and holds it until the transaction ends. Keys
     * are hashed to 32 bits, so two keys may share a lock, which adds waiting but never lets two
     * holders of one key in at once.
     */
    static void lockUntilCommit(EntityManager entityManager, String key) {
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", key)
                .getSingleResult();
    }
}
