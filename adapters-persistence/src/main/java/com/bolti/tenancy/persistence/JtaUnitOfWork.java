package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Runs each use case in a new JTA transaction on the service's datasource. */
@ApplicationScoped
class JtaUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
