package com.bolti.tenancy.test;

import java.util.UUID;

/**
 * A database trigger that makes matching row changes fail, so that a test can break a use case
 * half-way inside its transaction. Created for one test and dropped on {@link #close()}.
 */
public final class FailingTrigger implements AutoCloseable {

    private final String table;
    private final String name;

    private FailingTrigger(String table, String name) {
        this.table = table;
        this.name = name;
    }

    /**
     * Makes every {@code event} ({@code INSERT}, {@code UPDATE} or {@code DELETE}) on {@code table}
     * fail with an exception when {@code condition} holds. The condition is SQL over {@code NEW}
     * (or {@code OLD} for deletions); keep it specific to the test's own rows.
     */
    public static FailingTrigger on(String event, String table, String condition) {
        String name = "test_failure_" + UUID.randomUUID().toString().replace("-", "");
        Rows.execute("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF " + condition
                + " THEN RAISE EXCEPTION 'failure injected by a test'; END IF; RETURN COALESCE(NEW, OLD); END $$");
        Rows.execute("CREATE TRIGGER " + name + " BEFORE " + event + " ON " + table + " FOR EACH ROW EXECUTE FUNCTION "
                + name + "()");
        return new FailingTrigger(table, name);
    }

    @Override
    public void close() {
        Rows.execute("DROP TRIGGER IF EXISTS " + name + " ON " + table);
        Rows.execute("DROP FUNCTION IF EXISTS " + name + "()");
    }
}
