package com.bolti.tenancy.test;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Applies {@link TestDatabase} to every {@code @QuarkusTest} of the run, so that all of them
 * share one application start and one fresh database.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public final class DatabaseTestProfile {

    private DatabaseTestProfile() {
    }
}
