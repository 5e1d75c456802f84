package dev.callsheet.story;

import static dev.callsheet.story.ApiReads.api;
import static dev.callsheet.story.ApiReads.changedStates;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A whole movie request told over HTTP to the real application on its real in-process broker, read
 * back from the API, and still there after a restart on the same data directory.
 */
class MovieStoryIT {

    private static final String REQUEST = MovieStory.REQUEST;
    private static final Duration PATIENCE = MovieStory.PATIENCE;

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @BeforeEach
    void start() {
        callsheet = RunningCallsheet.start(dataDir, Map.of());
    }

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void tellsTheWholeMovieStoryAndKeepsItAcrossARestart() {
        MovieStory.tell(callsheet);
        MovieStory.assertToldCompletely(callsheet);
        int entriesBefore = timeline(callsheet).size();

        callsheet.close();
        callsheet = RunningCallsheet.start(dataDir, Map.of());

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(changedStates(callsheet)).containsExactlyElementsOf(MovieStory.STAGES));
        assertThat(timeline(callsheet)).hasSize(entriesBefore);
        assertThat(api(callsheet, "/api/requests/" + REQUEST).state()).isEqualTo("available");
    }

    @Test
    void recordsALateOrRepeatedFactAsNoChangeAndIgnoresAnExactDuplicate() {
        var webhooks = callsheet.webhooks();
        webhooks.overseerr(payload("payloads/overseerr-media-auto-approved-movie.json"))
                .expectStatus()
                .isAccepted();
        webhooks.radarr(payload("payloads/radarr-grab.json")).expectStatus().isAccepted();
        webhooks.radarr(payload("payloads/radarr-download.json")).expectStatus().isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        api(callsheet, "/api/requests/" + REQUEST).state())
                .isEqualTo("imported"));
        int entries = timeline(callsheet).size();

        webhooks.radarr(payload("payloads/radarr-download.json")).expectStatus().isAccepted();
        webhooks.radarr(lateGrab()).expectStatus().isAccepted();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(timeline(callsheet)).hasSize(entries + 1));
        var last = timeline(callsheet).getLast();
        assertThat(last)
                .containsEntry("event", "ReleaseGrabbed")
                .containsEntry("state", "imported")
                .containsEntry("changed", false);
        assertThat(api(callsheet, "/api/requests/" + REQUEST).state()).isEqualTo("imported");
    }

    @Test
    void refusesBadWebhooksWithProblemDetails() {
        var client = callsheet.client();
        client.post()
                .uri("/webhooks/radarr")
                .headers(headers -> headers.setBasicAuth("arr", "wrong"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(payload("payloads/radarr-grab.json"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists(HttpHeaders.WWW_AUTHENTICATE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post()
                .uri("/webhooks/overseerr")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(payload("payloads/overseerr-media-auto-approved-movie.json"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.post()
                .uri("/webhooks/plex?token=wrong")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue("")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        byte[] oversized =
                ("{\"eventType\":\"Test\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        callsheet
                .webhooks()
                .radarr(oversized)
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("limit"));
        client.post()
                .uri("/webhooks/radarr")
                .headers(headers -> headers.setBasicAuth(RunningCallsheet.ARR_USER, RunningCallsheet.ARR_PASSWORD))
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("eventType=Test")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        callsheet
                .webhooks()
                .radarr("{\"eventType\": \"Grab\",".getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        callsheet.client().get().uri("/api/requests").exchange().expectStatus().isUnauthorized();
        callsheet
                .client()
                .get()
                .uri("/api/requests/nope")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void keepsAnUnparseableWebhookAsADeadLetterAndKeepsFlowing() {
        var webhooks = callsheet.webhooks();
        webhooks.radarr("{\"movie\": {\"tmdbId\": 693134}}".getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isAccepted();
        webhooks.overseerr(payload("payloads/overseerr-media-declined-movie.json"))
                .expectStatus()
                .isAccepted();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        api(callsheet, "/api/requests/overseerr-129").state())
                .isEqualTo("declined"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        api(callsheet, "/api/deadletters").body())
                .contains("\"source\":\"radarr\"", "eventType", "\"stage\":\"normalise\"", "693134"));
        assertThat(api(callsheet, "/api/sources").body()).contains("\"source\":\"radarr\"", "\"lastProblem\"");
    }

    /** The same grab again with a different body (here: the instance name), so not an exact duplicate. */
    private static byte[] lateGrab() {
        var grab = new String(payload("payloads/radarr-grab.json"), StandardCharsets.UTF_8);
        return grab.replace("\"Radarr\"", "\"Radarr \"").getBytes(StandardCharsets.UTF_8);
    }
}
