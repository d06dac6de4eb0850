package com.bolti.tenancy.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs scripts/walkthrough.sh against the packaged application in local mode, then restarts
 * the application on the same data directory and checks that the script's data is still there.
 */
class WalkthroughIT {

    private static final Path SCRIPT = Path.of(System.getProperty("bolti.walkthrough.script",
            "../scripts/walkthrough.sh"));
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDirectory;

    @Test
    void walkthroughPassesAndDataSurvivesRestart() throws Exception {
        Path dataDirectory = workDirectory.resolve("local-data");
        Map<String, String> environment = Map.of("BOLTI_LOCAL_DATA", dataDirectory.toString());
        String runId = "it-" + UUID.randomUUID().toString().substring(0, 8);

        try (PackagedService service = PackagedService.start(workDirectory, environment, "walkthrough-first-start")) {
            service.awaitReady(STARTUP_TIMEOUT);

            ScriptRun run = runWalkthrough(service.baseUrl(), runId);

            assertEquals(0, run.exitCode(), () -> "walkthrough.sh failed. Its output:\n" + run.output());
            assertThat(run.output()).contains("every response had the expected status");
        } finally {
            PackagedService.stopLeftoverPostgres(dataDirectory.resolve("postgres"));
        }

        try (PackagedService service = PackagedService.start(workDirectory, environment, "walkthrough-second-start")) {
            service.awaitReady(STARTUP_TIMEOUT);
            String token = localToken(service, "alice-" + runId);

            JsonNode organizations = getJson(service, "/v1/organizations", token);
            assertThat(values(organizations, "name")).containsExactly("Alice's organization", "Acme Robotics");
            assertThat(values(organizations, "role")).containsExactly("OWNER", "OWNER");

            String acmeId = organizations.path("items").path(1).path("id").asText();
            JsonNode workspaces = getJson(service, "/v1/organizations/" + acmeId + "/workspaces", token);
            assertThat(values(workspaces, "name")).containsExactly("Default", "Staging", "Production EU");
            assertThat(values(workspaces, "slug")).containsExactly("default", "staging", "production");
        } finally {
            PackagedService.stopLeftoverPostgres(dataDirectory.resolve("postgres"));
        }
    }

    private record ScriptRun(int exitCode, String output) {
    }

    private ScriptRun runWalkthrough(String baseUrl, String runId) throws IOException, InterruptedException {
        Path output = PackagedService.LOGS.resolve("walkthrough-script.log");
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("BASE_URL", baseUrl);
        builder.environment().put("RUN_ID", runId);
        Process script = builder.start();

        try {
            if (!script.waitFor(SCRIPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("walkthrough.sh did not finish within " + SCRIPT_TIMEOUT + ". Its output:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new ScriptRun(script.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            script.descendants().forEach(ProcessHandle::destroy);
            script.destroy();
        }
    }

    private static String localToken(PackagedService service, String subject) throws Exception {
        String request = JSON.writeValueAsString(Map.of("sub", subject, "email", subject + "@example.com",
                "name", "Alice"));
        HttpResponse<String> response = service.send("POST", "/local/tokens", null, request);
        assertEquals(200, response.statusCode(), () -> "POST /local/tokens returned " + response.body());
        return JSON.readTree(response.body()).path("token").asText();
    }

    private static JsonNode getJson(PackagedService service, String path, String token) throws Exception {
        HttpResponse<String> response = service.send("GET", path, token, null);
        assertEquals(200, response.statusCode(), () -> "GET " + path + " returned " + response.body());
        return JSON.readTree(response.body());
    }

    /** Returns the given field of every item of a list response, in order. */
    private static List<String> values(JsonNode list, String field) {
        return StreamSupport.stream(list.path("items").spliterator(), false)
                .map(item -> item.path(field).asText())
                .toList();
    }
}
