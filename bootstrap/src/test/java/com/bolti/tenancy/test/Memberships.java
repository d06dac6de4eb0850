package com.bolti.tenancy.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Inserts membership rows straight into the run's database, for tests that need a member
 * with a given role before the API can add one.
 */
public final class Memberships {

    private Memberships() {
    }

    /** Adds {@code userId} to the organization with an organization role such as {@code MEMBER}. */
    public static void addToOrganization(String organizationId, String userId, String role) {
        insert("""
                INSERT INTO organization_members (id, organization_id, user_id, role, joined_at)
                VALUES (?, ?, ?, ?, ?)""",
                UUID.randomUUID(), UUID.fromString(organizationId), UUID.fromString(userId), role,
                Timestamp.from(Instant.now()));
    }

    /** Adds an organization member to one of its workspaces with a workspace role such as {@code VIEWER}. */
    public static void addToWorkspace(String organizationId, String workspaceId, String userId, String role) {
        insert("""
                INSERT INTO workspace_members (id, organization_id, workspace_id, user_id, role, joined_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), UUID.fromString(organizationId), UUID.fromString(workspaceId),
                UUID.fromString(userId), role, Timestamp.from(Instant.now()));
    }

    private static void insert(String sql, Object... values) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("failed to insert a membership row: " + e.getMessage(), e);
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
