package dev.callsheet.story;

import static dev.callsheet.story.ApiReads.api;
import static dev.callsheet.story.ApiReads.changedStates;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request stuck past a deadline of seconds: the tick raises its attention, shown on the request and
 * in the list of stuck requests, with one timeline entry however many ticks follow; the request's
 * move clears it.
 */
class DeadlineStoryIT {

    private static final String REQUEST = MovieStory.REQUEST;
    private static final Duration PATIENCE = MovieStory.PATIENCE;
    private static final String STUCK = "/api/requests?attention=any";

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @BeforeEach
    void start() {
        callsheet = RunningCallsheet.start(
                dataDir, Map.of("callsheet.deadlines.decision", "3s", "callsheet.pipeline.tick-interval", "1s"));
    }

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void raisesNotDecidedOnceThenClearsItWhenTheRequestIsApproved() {
        refusesAnUnknownAttentionKindNamingTheParameter();
        callsheet
                .webhooks()
                .overseerr(payload("story/overseerr-media-pending-movie.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(changedStates(callsheet)).containsExactly("requested"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(request().body())
                .contains("\"kind\":\"NOT_DECIDED\"", "Waiting for a decision since", "(over 3 s)"));
        assertThat(request().state()).isEqualTo("requested");
        assertThat(api(callsheet, STUCK).body()).contains("\"id\":\"" + REQUEST + "\"");
        assertThat(api(callsheet, "/api/requests?attention=NOT_DECIDED,NOT_GRABBED")
                        .body())
                .contains("\"id\":\"" + REQUEST + "\"");
        assertThat(api(callsheet, "/api/requests?attention=NOT_GRABBED").body()).doesNotContain(REQUEST);
        // Several more ticks pass: the attention stays, written down once.
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).untilAsserted(() -> assertThat(deadlineEntries())
                .hasSize(1));

        callsheet
                .webhooks()
                .overseerr(payload("story/overseerr-media-approved-movie.json"))
                .expectStatus()
                .isAccepted();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(changedStates(callsheet)).containsExactly("requested", "approved"));
        assertThat(request().body()).contains("\"attention\":[]");
        assertThat(api(callsheet, STUCK).body()).doesNotContain(REQUEST);
        assertThat(deadlineEntries()).hasSize(1);
    }

    /** Checked within the story rather than in a test of its own: each story starts a whole Callsheet. */
    private void refusesAnUnknownAttentionKindNamingTheParameter() {
        callsheet
                .client()
                .get()
                .uri("/api/requests?attention=STUCK")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("attention=STUCK", "NOT_DECIDED"));
    }

    private ApiReads.ApiAnswer request() {
        return api(callsheet, "/api/requests/" + REQUEST);
    }

    private List<Map<String, Object>> deadlineEntries() {
        return timeline(callsheet).stream()
                .filter(entry -> "DeadlinePassed".equals(entry.get("event")))
                .toList();
    }
}
