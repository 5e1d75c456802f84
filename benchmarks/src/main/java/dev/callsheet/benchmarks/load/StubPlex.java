package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.ConfirmCatalogue.Imported;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Series;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * A Plex server that indexes a file a fixed time after being asked to scan its folder. A file the
 * generator has imported is listed by {@code /library/sections/{k}/all?file=} only once a scan of its
 * folder, requested after the import, is {@link #INDEXING} old; before that the look-up finds
 * nothing, as a real Plex's does while it scans. Shows answer {@code /library/metadata/{key}} matched
 * to their series' TVDB id. Every call needs the token, as header or query parameter.
 *
 * <p>On the same port it serves Plex's push channel, the websocket {@code /:/websockets/notifications}
 * (unless built without it, when the upgrade is answered 404 as by a Plex behind a proxy that does not
 * pass websockets): a scan request starts a section scan activity at once, and when its {@link
 * #INDEXING} is over, the moment the look-ups start finding them, every file of the folder that scan
 * lists for the first time is announced created and processed and the scan ends ({@link
 * PlexPushFrames}). Every open channel gets every message; nothing is replayed to a later one.
 *
 * <p>It knows when Plex confirmed each file to the app: the first look-up that listed it. For the
 * notification benchmark the same server also serves a {@link StubDiscord} webhook.
 */
final class StubPlex implements AutoCloseable {

    /** How long after a scan request the scanned folder's new files are listed. */
    static final Duration INDEXING = Duration.ofSeconds(1);

    static final String PUSH_PATH = "/:/websockets/notifications";

    private static final Pattern REFRESH = Pattern.compile("/library/sections/(\\d+)/refresh");
    private static final Pattern ALL = Pattern.compile("/library/sections/(\\d+)/all");
    private static final Pattern METADATA = Pattern.compile("/library/metadata/(\\d+)");

    /**
     * What the stub served: scan requests by section key, look-ups by file, and whether it offered the
     * push channel and how many times the app opened it.
     */
    record Served(Map<String, Integer> scans, int lookups, boolean push, int upgrades) {

        /** Whether the app listened: opened more than once, it lost the channel and came back. */
        String pushChannel() {
            if (!push) {
                return "off";
            }
            return upgrades == 0 ? "never opened by the app" : "opened " + upgrades + " time(s)";
        }
    }

    /** A file Plex will list once a scan of its folder, asked for after {@code importedAt}, is done. */
    private record Expected(PlexPushFrames.Item item, String folder, byte[] body, long importedAt) {}

    private final String token;
    private final ConfirmBodies bodies;
    private final boolean push;
    private final PlexPushFrames frames;
    private final Map<String, Expected> byFileName = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> scansByFolder = new HashMap<>();
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> shows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> scansBySection = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger upgrades = new AtomicInteger();
    private final Map<String, Long> confirmedAt = new ConcurrentHashMap<>();
    private final Optional<StubDiscord> discord;
    // Each channel buffers what it cannot send yet, so the broadcast never drops a message.
    private final Sinks.Many<String> messages = Sinks.many().multicast().directBestEffort();
    private final ScheduledExecutorService indexers = Executors.newSingleThreadScheduledExecutor();
    private final DisposableServer server;

    StubPlex(
            int port,
            String token,
            ConfirmBodies bodies,
            List<Series> series,
            boolean push,
            Optional<StubDiscord> discord) {
        this.token = token;
        this.discord = discord;
        this.bodies = bodies;
        this.push = push;
        this.frames = new PlexPushFrames(bodies.plexSections());
        series.forEach(one -> shows.put(one.showRatingKey(), bodies.plexShow(one)));
        server = HttpServer.create()
                .host(InetAddress.getLoopbackAddress().getHostAddress())
                .port(port)
                .handle(this::answer)
                .bindNow();
    }

    /** The generator is about to post {@code item}'s import: from now on a scan of its folder indexes it. */
    void expect(Imported item, byte[] listed) {
        byFileName.put(
                item.fileName(),
                new Expected(frames.item(item.section(), listed), item.plexFolder(), listed, System.nanoTime()));
    }

    Served served() {
        Map<String, Integer> scans = new HashMap<>();
        scansBySection.forEach((section, count) -> scans.put(section, count.get()));
        return new Served(scans, lookups.get(), push, upgrades.get());
    }

    /**
     * When the first look-up that listed the file was answered ({@link System#nanoTime()}): the moment
     * Plex confirmed it to the app; empty while it has not been listed.
     */
    OptionalLong confirmedAt(String fileName) {
        Long at = confirmedAt.get(fileName);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    private Publisher<Void> answer(HttpServerRequest request, HttpServerResponse response) {
        URI uri = URI.create(request.uri());
        if (discord.isPresent() && StubDiscord.serves(uri.getPath())) {
            return discord.get().answer(request, response);
        }
        Map<String, String> query = QueryParameters.of(uri);
        String presented = Objects.requireNonNullElse(
                request.requestHeaders().get("X-Plex-Token"), query.getOrDefault("X-Plex-Token", ""));
        if (!HttpMethod.GET.equals(request.method()) || !token.equals(presented)) {
            return empty(response, HttpResponseStatus.UNAUTHORIZED);
        }
        String path = uri.getPath();
        Matcher matcher;
        if (path.equals(PUSH_PATH)) {
            return push ? response.sendWebsocket(this::channel) : empty(response, HttpResponseStatus.NOT_FOUND);
        } else if (path.equals("/identity")) {
            return send(response, bodies.plexIdentity());
        } else if (path.equals("/library/sections")) {
            return send(response, bodies.plexSections());
        } else if ((matcher = REFRESH.matcher(path)).matches()) {
            scanned(matcher.group(1), query.getOrDefault("path", ""));
            return empty(response, HttpResponseStatus.OK);
        } else if ((matcher = ALL.matcher(path)).matches()) {
            lookups.incrementAndGet();
            return send(response, listed(matcher.group(1), query.getOrDefault("file", "")));
        } else if ((matcher = METADATA.matcher(path)).matches() && shows.containsKey(matcher.group(1))) {
            return send(response, shows.get(matcher.group(1)));
        }
        return empty(response, HttpResponseStatus.NOT_FOUND);
    }

    /** One open push channel: every message from now on, until either side closes it. */
    private Publisher<Void> channel(WebsocketInbound inbound, WebsocketOutbound outbound) {
        upgrades.incrementAndGet();
        // Pings are answered by Netty; the inbound side ending is the app closing the channel.
        return Mono.firstWithSignal(
                outbound.sendString(messages.asFlux().onBackpressureBuffer()).then(),
                inbound.receive().then());
    }

    private void scanned(String section, String folder) {
        scansBySection.computeIfAbsent(section, key -> new AtomicInteger()).incrementAndGet();
        long at = System.nanoTime();
        synchronized (scansByFolder) {
            scansByFolder.computeIfAbsent(folder, key -> new ArrayList<>()).add(at);
        }
        if (push) {
            String uuid = UUID.randomUUID().toString();
            broadcast(frames.scanStarted(uuid, section));
            broadcast(frames.sectionStatus(section));
            indexers.schedule(() -> indexed(uuid, section, folder, at), INDEXING.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** The scan requested {@code at} is {@link #INDEXING} old: what it lists is new to the channel. */
    private void indexed(String uuid, String section, String folder, long at) {
        String folderName = folder.substring(folder.lastIndexOf('/') + 1);
        broadcast(frames.scanUpdated(uuid, section, folderName));
        broadcast(frames.progress(folderName));
        byFileName.forEach((fileName, expected) -> {
            if (expected.folder().equals(folder)
                    && expected.importedAt() <= at
                    && expected.item().section().equals(section)
                    && announced.add(fileName)) {
                broadcast(frames.created(expected.item()));
                broadcast(frames.processed(expected.item()));
            }
        });
        broadcast(frames.scanEnded(uuid, section));
    }

    private void broadcast(String message) {
        // Emissions from the request threads and the indexer must not overlap.
        synchronized (messages) {
            messages.tryEmitNext(message);
        }
    }

    private byte[] listed(String section, String fileName) {
        Expected expected = byFileName.get(fileName);
        if (expected == null || !expected.item().section().equals(section) || !indexed(expected)) {
            return bodies.plexNothing(section);
        }
        confirmedAt.putIfAbsent(fileName, System.nanoTime());
        return expected.body();
    }

    private boolean indexed(Expected expected) {
        long now = System.nanoTime();
        synchronized (scansByFolder) {
            return scansByFolder.getOrDefault(expected.folder(), List.of()).stream()
                    .anyMatch(scan -> scan >= expected.importedAt() && now - scan >= INDEXING.toNanos());
        }
    }

    private static Publisher<Void> send(HttpServerResponse response, byte[] body) {
        return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
                .sendByteArray(Mono.just(body));
    }

    private static Publisher<Void> empty(HttpServerResponse response, HttpResponseStatus status) {
        return response.status(status)
                .header(HttpHeaderNames.CONTENT_LENGTH, "0")
                .send();
    }

    @Override
    public void close() {
        indexers.shutdownNow();
        server.disposeNow();
    }
}
