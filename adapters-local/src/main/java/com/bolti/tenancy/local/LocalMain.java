package com.bolti.tenancy.local;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of JVM builds. With a JDBC URL configured it starts the service as it is.
 * Without one it runs local mode: an embedded PostgreSQL whose data survives restarts, a
 * signing key of its own, and a token endpoint for any user, all bound to loopback.
 */
@QuarkusMain
public final class LocalMain {

    static final String ENABLED_PROPERTY = "bolti.local.enabled";

    /** Log file of the embedded PostgreSQL, in the data directory. */
    private static final String POSTGRES_LOG = "postgres.log";

    private LocalMain() {
    }

    public static void main(String... args) throws IOException {
        if (databaseConfigured()) {
            Quarkus.run(args);
            return;
        }

        Path dataDirectory = Path.of(setting("BOLTI_LOCAL_DATA", "bolti.local.data", "data")).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        LocalKeys keys = LocalKeys.loadOrCreate(dataDirectory);
        try (EmbeddedPostgres postgres = startPostgres(dataDirectory)) {
            System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "");
            System.setProperty("mp.jwt.verify.publickey.location", keys.publicKeyFile().toUri().toString());
            System.setProperty("mp.jwt.verify.issuer", LocalTokenResource.ISSUER);
            System.setProperty("mp.jwt.verify.audiences", LocalTokenResource.AUDIENCE);
            System.setProperty("smallrye.jwt.sign.key.location", keys.privateKeyFile().toUri().toString());
            System.setProperty(ENABLED_PROPERTY, "true");
            if (System.getProperty("quarkus.http.host") == null && System.getenv("QUARKUS_HTTP_HOST") == null) {
                System.setProperty("quarkus.http.host", "127.0.0.1");
            }
            printUsage(dataDirectory);
            Quarkus.run(args);
        }
    }

    /**
     * Starts the embedded PostgreSQL on {@code dataDirectory/postgres}. The output of initdb,
     * pg_ctl and the server goes to {@code dataDirectory/postgres.log}, off the console.
     */
    private static EmbeddedPostgres startPostgres(Path dataDirectory) throws IOException {
        Path logFile = dataDirectory.resolve(POSTGRES_LOG);
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
        } catch (IOException e) {
            throw new IOException("embedded PostgreSQL failed to start (" + e.getMessage() + "). Its output is in "
                    + logFile, e);
        }
    }

    /** Tells whether the operator configured a database, by system property or environment. */
    static boolean databaseConfigured() {
        return System.getProperty("quarkus.datasource.jdbc.url") != null
                || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null;
    }

    private static String setting(String environmentName, String propertyName, String fallback) {
        String value = System.getProperty(propertyName, System.getenv(environmentName));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void printUsage(Path dataDirectory) {
        String port = setting("QUARKUS_HTTP_PORT", "quarkus.http.port", "8080");
        System.out.printf("""

                Local mode: no QUARKUS_DATASOURCE_JDBC_URL is set, so an embedded PostgreSQL
                keeps its data in %s and writes its log to %s.
                Get a token for any user, then call the API with it:
                  TOKEN=$(curl -s -X POST localhost:%s/local/tokens \\
                    -H 'Content-Type: application/json' \\
                    -d '{"sub":"alice","email":"alice@example.com","name":"Alice"}' | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')
                  curl -s -X POST localhost:%s/v1/signup -H "Authorization: Bearer $TOKEN" \\
                    -H 'Content-Type: application/json' -d '{}'

                """, dataDirectory, POSTGRES_LOG, port, port);
    }
}
