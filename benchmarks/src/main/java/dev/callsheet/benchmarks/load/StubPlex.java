package dev.callsheet.benchmarks.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Imported;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Series;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Plex server that indexes a file a fixed time after being asked to scan its folder. A file the
 * generator has imported is listed by {@code /library/sections/{k}/all?file=} only once a scan of its
 * folder, requested after the import, is {@link #INDEXING} old; before that the look-up finds
 * nothing, as a real Plex's does while it scans. Shows answer {@code /library/metadata/{key}} matched
 * to their series' TVDB id. Every call needs the token, as header or query parameter.
 */
final class StubPlex implements AutoCloseable {

    /** How long after a scan request the scanned folder's new files are listed. */
    static final Duration INDEXING = Duration.ofSeconds(1);

    private static final Pattern REFRESH = Pattern.compile("/library/sections/(\\d+)/refresh");
    private static final Pattern ALL = Pattern.compile("/library/sections/(\\d+)/all");
    private static final Pattern METADATA = Pattern.compile("/library/metadata/(\\d+)");

    /** A file Plex will list once a scan of its folder, asked for after {@code importedAt}, is done. */
    private record Expected(String section, String folder, byte[] body, long importedAt) {}

    private final HttpServer server;
    private final String token;
    private final ConfirmBodies bodies;
    private final Map<String, Expected> byFileName = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> scansByFolder = new HashMap<>();
    private final Map<String, byte[]> shows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> scansBySection = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    StubPlex(int port, String token, ConfirmBodies bodies, List<Series> series) throws IOException {
        this.token = token;
        this.bodies = bodies;
        series.forEach(one -> shows.put(one.showRatingKey(), bodies.plexShow(one)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    /** The generator is about to post {@code item}'s import: from now on a scan of its folder indexes it. */
    void expect(Imported item, byte[] listed) {
        byFileName.put(item.fileName(), new Expected(item.section(), item.plexFolder(), listed, System.nanoTime()));
    }

    /** Scan requests received so far, by section key. */
    Map<String, Integer> scans() {
        Map<String, Integer> counts = new HashMap<>();
        scansBySection.forEach((section, count) -> counts.put(section, count.get()));
        return counts;
    }

    int lookups() {
        return lookups.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = QueryParameters.of(exchange.getRequestURI());
            String presented = Objects.requireNonNullElse(
                    exchange.getRequestHeaders().getFirst("X-Plex-Token"), query.getOrDefault("X-Plex-Token", ""));
            if (!"GET".equals(exchange.getRequestMethod()) || !token.equals(presented)) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Matcher matcher;
            if (path.equals("/identity")) {
                send(exchange, bodies.plexIdentity());
            } else if (path.equals("/library/sections")) {
                send(exchange, bodies.plexSections());
            } else if ((matcher = REFRESH.matcher(path)).matches()) {
                scanned(matcher.group(1), query.getOrDefault("path", ""));
                exchange.sendResponseHeaders(200, -1);
            } else if ((matcher = ALL.matcher(path)).matches()) {
                lookups.incrementAndGet();
                send(exchange, listed(matcher.group(1), query.getOrDefault("file", "")));
            } else if ((matcher = METADATA.matcher(path)).matches() && shows.containsKey(matcher.group(1))) {
                send(exchange, shows.get(matcher.group(1)));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void scanned(String section, String folder) {
        scansBySection.computeIfAbsent(section, key -> new AtomicInteger()).incrementAndGet();
        synchronized (scansByFolder) {
            scansByFolder.computeIfAbsent(folder, key -> new ArrayList<>()).add(System.nanoTime());
        }
    }

    private byte[] listed(String section, String fileName) {
        Expected expected = byFileName.get(fileName);
        if (expected == null || !expected.section().equals(section) || !indexed(expected)) {
            return bodies.plexNothing(section);
        }
        return expected.body();
    }

    private boolean indexed(Expected expected) {
        long now = System.nanoTime();
        synchronized (scansByFolder) {
            return scansByFolder.getOrDefault(expected.folder(), List.of()).stream()
                    .anyMatch(scan -> scan >= expected.importedAt() && now - scan >= INDEXING.toNanos());
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
