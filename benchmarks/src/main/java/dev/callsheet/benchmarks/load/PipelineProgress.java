package dev.callsheet.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches the pipeline catch up through the read API. The normalise step is done when the radarr
 * source's {@code deliveries} count reaches what intake accepted; the decide step is done when every
 * movie's own timeline holds one entry per accepted grab (each new fact adds exactly one media entry).
 * Polling is light (one small query every 50 ms, then one per unfinished movie) so that it takes
 * little from the pipeline it watches.
 */
final class PipelineProgress {

    private static final Duration POLL = Duration.ofMillis(50);

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI baseUrl;
    private final String apiKey;

    PipelineProgress(URI baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Deliveries the pipeline has recorded for the {@code radarr} instance; 0 before the first. */
    long deliveries() throws InterruptedException {
        JsonNode sources = get("/api/sources");
        if (sources == null) {
            return 0;
        }
        for (JsonNode source : sources) {
            if ("radarr".equals(source.path("source").asString())
                    && "radarr".equals(source.path("instance").asString())) {
                return source.path("deliveries").asLong();
            }
        }
        return 0;
    }

    /** @return when ({@link System#nanoTime()}) {@link #deliveries()} reached {@code target}; empty if not by {@code deadline} */
    OptionalLong awaitDeliveries(long target, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            if (deliveries() >= target) {
                return OptionalLong.of(System.nanoTime());
            }
            Thread.sleep(POLL);
        }
        return OptionalLong.empty();
    }

    /** @return when every movie's timeline held all its accepted grabs; empty if not by {@code deadline} */
    OptionalLong awaitTimelines(GrabBodies bodies, WebhookSenders senders, int movies, long deadline)
            throws InterruptedException {
        List<Integer> pending = new ArrayList<>();
        for (int movie = 0; movie < movies; movie++) {
            if (senders.accepted(movie) > 0) {
                pending.add(movie);
            }
        }
        while (System.nanoTime() < deadline) {
            List<Integer> unfinished = new ArrayList<>();
            for (int movie : pending) {
                if (timelineEntries(bodies.tmdbId(movie)) < senders.accepted(movie)) {
                    unfinished.add(movie);
                }
            }
            if (unfinished.isEmpty()) {
                return OptionalLong.of(System.nanoTime());
            }
            pending = unfinished;
            Thread.sleep(POLL);
        }
        return OptionalLong.empty();
    }

    private int timelineEntries(long tmdbId) throws InterruptedException {
        JsonNode timeline = get("/api/media/movie:tmdb:" + tmdbId + "/timeline");
        return timeline == null ? 0 : timeline.path("entries").size();
    }

    /** The answer's JSON, or null while there is none yet (404, or 503 while the pipeline starts). */
    private JsonNode get(String path) throws InterruptedException {
        var request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("X-Api-Key", apiKey)
                .GET()
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 401) {
                throw new IllegalStateException("the API refused the key in CALLSHEET_APIKEY");
            }
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
