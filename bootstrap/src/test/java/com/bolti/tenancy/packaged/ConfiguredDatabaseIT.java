package com.bolti.tenancy.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolti.tenancy.test.TestDatabase;
import com.bolti.tenancy.test.TestUser;
import com.bolti.tenancy.test.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged application with a database configured, as operators run it. Local
 * mode must stay off, and an unreadable verification key must stop startup.
 */
class ConfiguredDatabaseIT {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration FAILED_START_TIMEOUT = Duration.ofSeconds(90);

    private static TestDatabase database;
    private static Map<String, String> datasource;

    @TempDir
    Path workDirectory;

    @BeforeAll
    static void createDatabase() {
        database = new TestDatabase();
        datasource = database.start();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void configuredDatabaseTurnsOffLocalMode() throws Exception {
        Path publicKey = copyTestPublicKey();

        try (PackagedService service = PackagedService.start(workDirectory, environment(publicKey.toString()),
                "configured-database")) {
            service.awaitReady(STARTUP_TIMEOUT);

            HttpResponse<String> tokenResponse = service.send("POST", "/local/tokens", null,
                    "{\"sub\":\"alice\",\"email\":\"alice@example.com\",\"name\":\"Alice\"}");
            assertEquals(404, tokenResponse.statusCode(), tokenResponse::body);

            TestUser carol = TestUser.fresh("Carol");
            HttpResponse<String> signUp = service.send("POST", "/v1/signup", Tokens.forUser(carol), "{}");
            assertEquals(201, signUp.statusCode(), signUp::body);
            assertEquals(1, usersWithSubject(carol.subject()), "signup did not write to the configured database");

            assertFalse(Files.exists(workDirectory.resolve("data")), "local mode created ./data");
            assertThat(commandLinesMentioning(workDirectory)).as("embedded PostgreSQL processes").isEmpty();
            assertThat(service.output()).doesNotContain("Local mode");
        }
    }

    @Test
    void missingKeyFileStopsStartup() throws Exception {
        Path missingKey = workDirectory.resolve("missing-public.pem");

        try (PackagedService service = PackagedService.start(workDirectory, environment(missingKey.toString()),
                "missing-key")) {
            Optional<Integer> exitStatus = service.awaitExit(FAILED_START_TIMEOUT);

            assertTrue(exitStatus.isPresent(), () -> "the service still runs after " + FAILED_START_TIMEOUT
                    + ". Output:\n" + service.outputTail());
            assertNotEquals(0, exitStatus.get(), service::outputTail);
            assertThat(service.output()).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            assertThat(service.output()).contains(missingKey.toString());
        }
    }

    /** Returns the variables of a configured deployment: the test database and the test key pair. */
    private static Map<String, String> environment(String publicKeyLocation) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", datasource.get("quarkus.datasource.jdbc.url"));
        environment.put("QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"));
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyLocation);
        environment.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        environment.put("MP_JWT_VERIFY_AUDIENCES", Tokens.AUDIENCE);
        return environment;
    }

    private Path copyTestPublicKey() throws IOException {
        Path target = workDirectory.resolve("keys").resolve("public.pem");
        Files.createDirectories(target.getParent());
        try (InputStream key = ConfiguredDatabaseIT.class.getResourceAsStream("/test-keys/public.pem")) {
            assertThat(key).as("test-keys/public.pem on the test classpath").isNotNull();
            Files.copy(key, target);
        }
        return target;
    }

    /**
     * Returns the command lines that contain {@code directory}. An embedded PostgreSQL would
     * show up here with its data directory, even though {@code pg_ctl} detaches it from the
     * service's process tree.
     */
    private static List<String> commandLinesMentioning(Path directory) {
        return ProcessHandle.allProcesses()
                .map(process -> process.info().commandLine().orElse(""))
                .filter(commandLine -> commandLine.contains(directory.toString()))
                .toList();
    }

    private static int usersWithSubject(String subject) throws Exception {
        try (Connection connection = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM users WHERE subject = ?")) {
            query.setString(1, subject);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
