package com.bolti.tenancy.packaged;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged JVM application ({@code quarkus-run.jar}) running as a child process on a
 * free port of 127.0.0.1, with its console output in a file. Closing it stops the process and
 * whatever it started.
 */
final class PackagedService implements AutoCloseable {

    /** The application as {@code mvn package} builds it. Failsafe passes the absolute path. */
    static final Path JAR = Path.of(System.getProperty("bolti.packaged.jar", "target/quarkus-app/quarkus-run.jar"));

    /** Directory for the console output of every child process. Failsafe passes it. */
    static final Path LOGS = Path.of(System.getProperty("bolti.packaged.logs", "target/packaged-it"));

    /** Prefixes of inherited environment variables that could override the configuration a test sets. */
    private static final List<String> CLEARED_VARIABLE_PREFIXES = List.of("QUARKUS_", "MP_JWT_", "SMALLRYE_", "BOLTI_");

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path output;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedService(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /**
     * Starts the application in {@code workingDirectory} with only the given service
     * variables set, and writes its console output to {@code LOGS/<logName>.log}.
     */
    static PackagedService start(Path workingDirectory, Map<String, String> environment, String logName)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("packaged application not found at " + JAR.toAbsolutePath()
                    + "; run ./mvnw package first");
        }
        Files.createDirectories(LOGS);
        Path output = LOGS.resolve(logName + ".log");
        int port = freePort();

        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port, "-jar", JAR.toAbsolutePath().toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
        builder.environment().keySet().removeIf(PackagedService::isServiceVariable);
        builder.environment().putAll(environment);

        return new PackagedService(builder.start(), port, output);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /q/health/ready} returns 200, and fails when the process exits first or time runs out. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with status " + process.exitValue()
                        + " before it was ready. Output:\n" + outputTail());
            }
            if (readinessStatus() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service was not ready within " + timeout + ". Output:\n" + outputTail());
    }

    /** Returns the exit status, or empty when the process is still running after {@code timeout}. */
    Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.of(process.exitValue());
        }
        return Optional.empty();
    }

    /** Sends one request with an optional bearer token and JSON body, which times out after 30 seconds. */
    HttpResponse<String> send(String method, String path, String token, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Returns the last 80 lines of the console output, for failure messages. */
    String outputTail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + output + ": " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the service with SIGTERM, so that local mode shuts its embedded PostgreSQL down,
     * and kills it and its remaining child processes when they outlive {@link #STOP_TIMEOUT}.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();

        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }

        for (ProcessHandle child : children) {
            stop(child);
        }
    }

    /**
     * Stops the embedded PostgreSQL whose {@code postmaster.pid} is still in
     * {@code postgresDataDirectory}. That happens only when the service was killed before
     * it could shut the database down, because {@code pg_ctl} detaches the server from the
     * service's process tree.
     */
    static void stopLeftoverPostgres(Path postgresDataDirectory) throws IOException, InterruptedException {
        Path pidFile = postgresDataDirectory.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (postmaster.isPresent()) {
            stop(postmaster.get());
        }
    }

    private static void stop(ProcessHandle handle) throws InterruptedException {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            handle.destroyForcibly();
        }
    }

    private int readinessStatus() throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isServiceVariable(String name) {
        return CLEARED_VARIABLE_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Returns a loopback port that is free now.
     * NOTE: another process may take the port before the service binds it. The start then
     * fails, and the output says that the port is in use.
     */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
