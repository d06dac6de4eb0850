import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP client and measuring tool of the benchmark suite, with three commands.
 *
 * <p>{@code pace} sends requests at a fixed rate (open loop) and measures each latency from
 * the moment the request was scheduled. A slow response that holds up later requests then
 * shows in their latencies too, so queueing is in the percentiles (no coordinated omission).
 *
 * <p>{@code walk} follows {@code nextCursor} from a list's first page to its last and prints
 * the cursor of the last page.
 *
 * <p>{@code rs256} measures the CPU time of one RS256 signature verification with a 2048-bit
 * key, the check the service runs on every bearer token.
 *
 * <p>Each prints one line of {@code key=value} pairs. Only the standard library is used.
 */
public final class BenchClient {

    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ITEM_START = Pattern.compile("\\{\"(id|userId)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long DRAIN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(15);

    private BenchClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("missing command");
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "pace" -> pace(options);
            case "walk" -> walk(options);
            case "rs256" -> rs256(options);
            default -> usage("unknown command '" + args[0] + "'");
        }
    }

    /**
     * Sends {@code rate * seconds} requests on {@code connections} keep-alive connections.
     * Request i is due at {@code i / rate} seconds. The next free connection sends it, and its
     * latency counts from that due time, so time spent waiting for a free connection counts too.
     */
    private static void pace(Options options) throws Exception {
        double rate = options.number("rate");
        double seconds = options.number("seconds");
        int connections = (int) options.number("connections", 8);
        int total = (int) Math.round(rate * seconds);
        if (rate <= 0 || total <= 0 || connections <= 0) {
            usage("--rate, --seconds and --connections must be positive");
        }
        URI url = URI.create(options.url());
        List<String> ids = options.idsFile() == null ? List.of() : Files.readAllLines(options.idsFile());

        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger nextTicket = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long intervalNanos = Math.round(1e9 / rate);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long deadline = start + Math.round(seconds * 1e9) + DRAIN_TIMEOUT_NANOS;

        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread worker = new Thread(() -> {
                RawConnection connection = null;
                int ticket;
                while ((ticket = nextTicket.getAndIncrement()) < total) {
                    long due = start + ticket * intervalNanos;
                    waitUntil(due);
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                    try {
                        if (connection == null) {
                            connection = new RawConnection(url);
                        }
                        int status = connection.exchange(options.rawRequest(url, ids));
                        if (status >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        connection = RawConnection.closeQuietly(connection);
                    }
                    latencies[ticket] = System.nanoTime() - due;
                }
                RawConnection.closeQuietly(connection);
            }, "pace-" + c);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }

        long[] measured = Arrays.stream(latencies).filter(value -> value >= 0).sorted().toArray();
        int unfinished = total - measured.length;
        System.out.printf(Locale.ROOT,
                "sent=%d completed=%d errors=%d unfinished=%d p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f%n",
                total, measured.length, errors.get() + unfinished, unfinished, percentileMillis(measured, 0.50),
                percentileMillis(measured, 0.90), percentileMillis(measured, 0.99), percentileMillis(measured, 1.0));
    }

    /** Follows nextCursor until the last page, at most {@code max-pages} pages. */
    private static void walk(Options options) throws IOException, InterruptedException {
        int maxPages = (int) options.number("max-pages", 100_000);
        HttpClient client = newClient();
        String cursor = null;
        String lastPageCursor = null;
        int pages = 0;
        long items = 0;
        long start = System.nanoTime();

        while (pages < maxPages) {
            String url = options.url() + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = client.send(options.request(url, null), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("page " + (pages + 1) + " returned HTTP " + response.statusCode()
                        + ": " + response.body());
            }
            pages++;
            items += countItems(response.body());
            lastPageCursor = cursor;
            Matcher next = NEXT_CURSOR.matcher(response.body());
            if (!next.find()) {
                break;
            }
            cursor = next.group(1);
        }
        if (pages == maxPages) {
            throw new IllegalStateException("no last page within " + maxPages + " pages");
        }
        System.out.printf(Locale.ROOT, "pages=%d items=%d seconds=%.1f last_cursor=%s%n", pages, items,
                (System.nanoTime() - start) / 1e9, lastPageCursor == null ? "" : lastPageCursor);
    }

    /**
     * Verifies one signature in {@code rounds} rounds of {@code count} verifications with the
     * JDK's default provider, and prints the CPU time per verification of the last round,
     * which runs after the JIT compiler has had the earlier ones.
     */
    private static void rs256(Options options) throws GeneralSecurityException {
        int rounds = (int) options.number("rounds", 5);
        int count = (int) options.number("count", 5_000);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        // About the size of the header and claims of the benchmark's tokens.
        byte[] signingInput = new byte[400];
        ThreadLocalRandom.current().nextBytes(signingInput);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(signingInput);
        byte[] signature = signer.sign();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double microsPerVerification = 0;
        for (int round = 0; round < rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < count; i++) {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(keys.getPublic());
                verifier.update(signingInput);
                if (!verifier.verify(signature)) {
                    throw new IllegalStateException("a valid signature failed verification");
                }
            }
            microsPerVerification = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / count;
        }
        System.out.printf(Locale.ROOT, "verify_cpu_us=%.1f%n", microsPerVerification);
    }

    private static long countItems(String body) {
        Matcher matcher = ITEM_START.matcher(body);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Creates an HTTP/1.1 client, which opens a connection per concurrent request and reuses idle ones. */
    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static void waitUntil(long deadline) {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    /** Returns the value at quantile {@code q} of sorted nanoseconds, in milliseconds, or NaN for no values. */
    private static double percentileMillis(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] / 1e6;
    }

    private static void usage(String problem) {
        System.err.println("BenchClient: " + problem + """

                usage:
                  pace --url URL --rate PER_SECOND --seconds S [--method M] [--header 'Name: value']...
                       [--body JSON] [--ids-file FILE] [--connections N]
                       Each body gets '{id}' replaced by a random line of FILE.
                  walk --url URL_WITH_QUERY [--header 'Name: value']... [--max-pages N]
                       URL_WITH_QUERY must already contain '?', because the cursor is appended with '&'.
                  rs256 [--rounds N] [--count N]""");
        System.exit(2);
    }

    /** A keep-alive HTTP/1.1 connection that reads each response to its end and discards it. */
    private static final class RawConnection implements AutoCloseable {

        private final Socket socket;
        private final InputStream input;
        private final OutputStream output;

        RawConnection(URI url) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) REQUEST_TIMEOUT.toMillis());
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
            input = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            output = socket.getOutputStream();
        }

        /** Sends one request and returns the response status after reading the whole response. */
        int exchange(byte[] request) throws IOException {
            output.write(request);
            output.flush();

            String statusLine = readLine();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.1 status line: '" + statusLine + "'");
            }
            long contentLength = -1;
            boolean chunked = false;
            String line;
            while (!(line = readLine()).isEmpty()) {
                int colon = line.indexOf(':');
                String name = colon < 0 ? line : line.substring(0, colon).trim();
                String value = colon < 0 ? "" : line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    contentLength = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                long size;
                while ((size = Long.parseLong(readLine().split(";", 2)[0].trim(), 16)) > 0) {
                    skip(size + 2);
                }
                while (!readLine().isEmpty()) {
                    // trailer fields are read and ignored
                }
            } else if (contentLength > 0) {
                skip(contentLength);
            }
            return Integer.parseInt(parts[1]);
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            int next;
            while ((next = input.read()) != '\n') {
                if (next < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (next != '\r') {
                    line.append((char) next);
                }
            }
            return line.toString();
        }

        private void skip(long count) throws IOException {
            long remaining = count;
            while (remaining > 0) {
                long skipped = input.skip(remaining);
                if (skipped <= 0) {
                    if (input.read() < 0) {
                        throw new IOException("connection closed by the server");
                    }
                    skipped = 1;
                }
                remaining -= skipped;
            }
        }

        static RawConnection closeQuietly(RawConnection connection) {
            if (connection != null) {
                connection.close();
            }
            return null;
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // the connection is discarded either way
            }
        }
    }

    /** Command-line options. {@code --header} may repeat, and for any other option the last value applies. */
    private record Options(List<String> keys, List<String> values) {

        static Options parse(String[] args) {
            List<String> keys = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    usage("expected '--name value' pairs, got '" + args[i] + "'");
                }
                keys.add(args[i].substring(2));
                values.add(args[i + 1]);
            }
            return new Options(keys, values);
        }

        String value(String key) {
            int index = keys.lastIndexOf(key);
            return index < 0 ? null : values.get(index);
        }

        double number(String key) {
            String value = value(key);
            if (value == null) {
                usage("missing --" + key);
            }
            return Double.parseDouble(value);
        }

        double number(String key, double fallback) {
            String value = value(key);
            return value == null ? fallback : Double.parseDouble(value);
        }

        String url() {
            String url = value("url");
            if (url == null) {
                usage("missing --url");
            }
            return url;
        }

        Path idsFile() {
            String file = value("ids-file");
            return file == null ? null : Path.of(file);
        }

        /** Builds the bytes of an HTTP/1.1 request, with '{id}' in the body replaced by a random id. */
        byte[] rawRequest(URI url, List<String> ids) {
            String body = value("body");
            if (body != null && !ids.isEmpty()) {
                body = body.replace("{id}", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
            }
            String method = value("method") == null ? "GET" : value("method");
            String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(url.getHost()).append(':').append(url.getPort()).append("\r\n");
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals("header")) {
                    head.append(values.get(i)).append("\r\n");
                }
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                head.append("Content-Type: application/json\r\n");
            }
            head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + content.length);
            System.arraycopy(content, 0, request, headBytes.length, content.length);
            return request;
        }

        HttpRequest request(String url, String body) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals("header")) {
                    String[] header = values.get(i).split(":\\s*", 2);
                    builder.header(header[0], header[1]);
                }
            }
            String method = value("method") == null ? "GET" : value("method");
            if (body == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return builder.build();
        }
    }
}
