package com.bolti.tenancy.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates a database of its own for one test run on the local PostgreSQL server and drops
 * it afterwards. Server address and user come from BOLTI_TEST_PG_HOST, BOLTI_TEST_PG_PORT
 * and BOLTI_TEST_PG_USER (defaults 127.0.0.1, 5432, postgres; trust authentication).
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = env("BOLTI_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("BOLTI_TEST_PG_PORT", "5432");
    private static final String USER = env("BOLTI_TEST_PG_USER", "postgres");

    private String name;

    @Override
    public Map<String, String> start() {
        name = "tenancy_test_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        execute("CREATE DATABASE " + name);
        return Map.of(
                "quarkus.datasource.jdbc.url", url(name),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (name != null && System.getenv("BOLTI_TEST_KEEP_DATABASE") == null) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** Returns the JDBC URL of the run's database, for tests that inspect rows directly. */
    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on PostgreSQL at " + HOST + ":" + PORT
                    + "; start it or set BOLTI_TEST_PG_HOST and BOLTI_TEST_PG_PORT", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
