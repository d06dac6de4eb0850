package com.bolti.tenancy.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads and writes rows of the run's database over plain JDBC, for tests that check the state
 * behind the API. Parameters are bound in order; cast text to uuid in SQL with {@code ?::uuid}.
 */
public final class Rows {

    private Rows() {
    }

    /** Runs a query whose first column of the first row is a number, such as {@code count(*)}. */
    public static long number(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        if (values.isEmpty() || values.get(0) == null) {
            throw new IllegalStateException("query returned no number: " + sql);
        }
        return Long.parseLong(values.get(0));
    }

    /** Returns the first column of every row, as text. */
    public static List<String> column(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a statement that returns no rows and returns how many rows it changed. */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Opens a connection to the run's database; the caller closes it. */
    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
