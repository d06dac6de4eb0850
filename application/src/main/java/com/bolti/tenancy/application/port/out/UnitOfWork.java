package com.bolti.tenancy.application.port.out;

import java.util.function.Supplier;

/**
 * Transaction boundary: every use case runs its reads and writes through one call, so that a
 * use case is one database transaction and a failure half-way leaves nothing behind.
 */
public interface UnitOfWork {

    /** Runs {@code work} in a new transaction, commits on return and rolls back on any exception. */
    <T> T inTransaction(Supplier<T> work);
}
