package dev.callsheet.story;

import static dev.callsheet.story.ApiReads.changedStates;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A movie request whose release goes to a real download client: the reference movie story's
 * webhooks with another movie, request and download id written in, as Overseerr and Radarr would
 * send them for that movie.
 */
record DownloadStory(String request, long tmdbId, String downloadId, String clientType) {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Requested, approved and added to Radarr: Radarr is searching. */
    void searching(RunningCallsheet callsheet) {
        var webhooks = callsheet.webhooks();
        webhooks.overseerr(body("story/overseerr-media-pending-movie.json"))
                .expectStatus()
                .isAccepted();
        reached(callsheet, "requested");
        webhooks.overseerr(body("story/overseerr-media-approved-movie.json"))
                .expectStatus()
                .isAccepted();
        reached(callsheet, "approved");
        webhooks.radarr(body("payloads/radarr-movie-added.json")).expectStatus().isAccepted();
        reached(callsheet, "searching");
    }

    /** Radarr sent the release to the client and says so. */
    void grabbed(RunningCallsheet callsheet) {
        callsheet
                .webhooks()
                .radarr(body("payloads/radarr-grab.json"))
                .expectStatus()
                .isAccepted();
        reached(callsheet, "downloading");
    }

    void reached(RunningCallsheet callsheet, String state) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(changedStates(callsheet, request))
                .endsWith(state));
    }

    /** {@code GET /api/requests/{id}} as a map. */
    @SuppressWarnings("unchecked")
    Map<String, Object> view(RunningCallsheet callsheet) {
        return JSON.readValue(
                ApiReads.api(callsheet, "/api/requests/" + request).body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> downloadStatus(RunningCallsheet callsheet) {
        var download = (Map<String, Object>) view(callsheet).get("download");
        return download == null ? Map.of() : (Map<String, Object>) download.getOrDefault("status", Map.of());
    }

    private byte[] body(String resource) {
        String text = new String(payload(resource), StandardCharsets.UTF_8)
                .replace("693134", Long.toString(tmdbId))
                .replace(
                        "\"request_id\": \"127\"",
                        "\"request_id\": \"" + request.substring("overseerr-".length()) + "\"")
                .replace("9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345", downloadId)
                .replace("\"qBittorrent\"", "\"" + clientType + "\"");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
