package dev.callsheet.benchmarks.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Series;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A Sonarr that knows the run's series, so each series request gets a known scope: {@code
 * /api/v3/series?tvdbId=} and {@code /api/v3/episode?seriesId=}. It has no Plex connection of its
 * own ({@code /api/v3/notification} is empty), so Callsheet scans Plex itself. Every call needs the
 * API key in {@code X-Api-Key}.
 */
final class StubSonarr implements AutoCloseable {

    private static final byte[] STATUS =
            "{\"appName\":\"Sonarr\",\"version\":\"4.0.14.2939\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY = "[]".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final String apiKey;
    private final Map<String, byte[]> seriesByTvdbId = new HashMap<>();
    private final Map<String, byte[]> episodesBySeriesId = new HashMap<>();

    StubSonarr(int port, String apiKey, ConfirmBodies bodies, List<Series> series) throws IOException {
        this.apiKey = apiKey;
        for (Series one : series) {
            seriesByTvdbId.put(Long.toString(one.tvdbId()), bodies.sonarrSeries(one));
            episodesBySeriesId.put(Integer.toString(one.sonarrId()), bodies.sonarrEpisodes(one));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())
                    || !apiKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Map<String, String> query = QueryParameters.of(exchange.getRequestURI());
            byte[] body =
                    switch (exchange.getRequestURI().getPath()) {
                        case "/api/v3/series" -> seriesByTvdbId.getOrDefault(query.getOrDefault("tvdbId", ""), EMPTY);
                        case "/api/v3/episode" -> episodesBySeriesId.get(query.getOrDefault("seriesId", ""));
                        case "/api/v3/notification" -> EMPTY;
                        case "/api/v3/system/status" -> STATUS;
                        default -> null;
                    };
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
