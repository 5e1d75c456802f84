package dev.callsheet.adapters.qbittorrent;

import dev.callsheet.adapters.AdapterFailure;
import java.util.stream.Collectors;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches one qBittorrent through its WebUI API v2. Every call fails with {@link AdapterFailure} when
 * qBittorrent cannot give a usable answer: UNAUTHORIZED for a wrong username or password (or a ban
 * after several), UNREACHABLE when it is not running.
 */
public final class QbittorrentClient {

    private static final String MAINDATA = "/api/v2/sync/maindata?rid=";

    // qBittorrent adds fields in every release and names them in snake case. Partial answers leave
    // out what did not change, full_update included, so the DTOs box every field but rid, which every
    // answer carries; a null or absent primitive therefore means the answer is not what we think it is,
    // as with the shared mapper in JsonApi (which qBittorrent's cookie session cannot use).
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final QbittorrentEndpoint endpoint;
    private final WebUiSession session;

    public QbittorrentClient(QbittorrentEndpoint endpoint, WebClient.Builder webClient) {
        this.endpoint = endpoint;
        this.session = new WebUiSession(endpoint, webClient);
    }

    /** The WebUI API version, e.g. {@code 2.8.19} for qBittorrent 4.5.2, {@code 2.11.2} for 5.0. */
    public Mono<String> version() {
        String path = "/api/v2/app/webapiVersion";
        return session.get(path, path).map(String::strip);
    }

    /**
     * qBittorrent's own version as it writes it, e.g. {@code v4.3.9} or {@code v5.0.2}: what the admin
     * needs to see next to an answer Callsheet could not read.
     */
    public Mono<String> appVersion() {
        String path = "/api/v2/app/version";
        return session.get(path, path).map(String::strip);
    }

    /**
     * What changed since {@code previous} ({@link QbittorrentSync#START} the first time), merged into
     * it. After a new login the feed starts again from a full update, and torrents that full update no
     * longer lists count as removed. Calls for one feed must not overlap: each needs the one before.
     */
    public Mono<QbittorrentSync> sync(QbittorrentSync previous) {
        String path = MAINDATA + previous.rid();
        return session.get(path, MAINDATA + 0).map(body -> previous.next(read(body, path)));
    }

    private MainData read(String body, String path) {
        try {
            MainData data = MAPPER.readValue(body, MainData.class);
            if (data == null) {
                throw session.unreadable("GET " + path, null, "the body is null", null);
            }
            return data;
        } catch (JacksonException e) {
            String field = field(e);
            throw session.unreadable(
                    "GET " + path,
                    field,
                    "the body is not the expected JSON at " + (field == null ? "the top level" : field) + ": "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    // Where reading stopped, as JsonApi words it for the other clients: torrents.abc1.progress.
    private static String field(JacksonException e) {
        String path = e.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? null : path;
    }

    @Override
    public String toString() {
        return "QbittorrentClient[" + endpoint.displayUrl() + "]";
    }
}
