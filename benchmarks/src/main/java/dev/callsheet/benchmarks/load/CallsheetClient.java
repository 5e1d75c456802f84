package dev.callsheet.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app as the Plex confirmation run talks to it: the Overseerr, Radarr and Sonarr webhooks with
 * their credentials, and the read API with the read key. Credentials are only ever sent to the app.
 */
final class CallsheetClient {

    /** Answer status of a call that got none (refused connection, timeout). */
    static final int NO_ANSWER = -1;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI baseUrl;
    private final String apiKey;
    private final String overseerr;
    private final String radarr;
    private final String sonarr;

    /** What the app was started with; the generator reads them from the same environment. */
    record Credentials(
            String apiKey,
            String overseerrAuthorization,
            String radarrUser,
            String radarrPassword,
            String sonarrUser,
            String sonarrPassword) {}

    CallsheetClient(URI baseUrl, Credentials credentials) {
        this.baseUrl = baseUrl;
        this.apiKey = credentials.apiKey();
        this.overseerr = credentials.overseerrAuthorization();
        this.radarr = basic(credentials.radarrUser(), credentials.radarrPassword());
        this.sonarr = basic(credentials.sonarrUser(), credentials.sonarrPassword());
    }

    int overseerr(byte[] body) throws InterruptedException {
        return post("/webhooks/overseerr", overseerr, body);
    }

    int radarr(byte[] body) throws InterruptedException {
        return post("/webhooks/radarr", radarr, body);
    }

    int sonarr(byte[] body) throws InterruptedException {
        return post("/webhooks/sonarr", sonarr, body);
    }

    /** Whether the app answers its health check with {@code UP}. */
    boolean up() throws InterruptedException {
        JsonNode health = get("/actuator/health");
        return health != null && "UP".equals(health.path("status").asString());
    }

    /** The answer's JSON, or null while there is none (404, 503 while the pipeline starts, no answer). */
    JsonNode get(String path) throws InterruptedException {
        var request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(TIMEOUT)
                .header("X-Api-Key", apiKey)
                .header("Accept", "application/json")
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

    private int post(String path, String authorization, byte[] body) throws InterruptedException {
        var request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
