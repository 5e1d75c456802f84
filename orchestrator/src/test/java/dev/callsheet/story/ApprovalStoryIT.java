package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.ApiReads.api;
import static dev.callsheet.story.ApiReads.changedStates;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deciding a request in Callsheet: the decision is a fact first, then exactly one call to a stub
 * Overseerr (answering as {@code overseerr.yml} says), and Overseerr's own webhook moves the request.
 */
class ApprovalStoryIT {

    private static final String REQUEST = MovieStory.REQUEST;
    private static final Duration PATIENCE = MovieStory.PATIENCE;
    private static final String OVERSEERR_KEY = "overseerr-api-key";

    @RegisterExtension
    static final WireMockExtension OVERSEERR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @BeforeEach
    void start() {
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.instances.overseerr.kind", "overseerr",
                        "callsheet.instances.overseerr.url", "http://localhost:" + OVERSEERR.getPort(),
                        "callsheet.instances.overseerr.api-key", OVERSEERR_KEY,
                        "callsheet.commands.retry.initial-delay", "200ms",
                        "callsheet.commands.retry.max-attempts", "2"));
    }

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void approvesInCallsheetThenOverseerrMovesTheRequest() {
        overseerrHas("overseerr-request-127-pending.json");
        OVERSEERR.stubFor(post(urlPathEqualTo("/api/v1/request/127/approve"))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/overseerr-request-127-approved.json"))));
        requested();
        // The requester ledger reaches the queue a moment after the request (its topic, then the global store).
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(api(callsheet, "/api/approvals").body())
                                .contains(
                                        "\"id\":\"" + REQUEST + "\"",
                                        "\"username\":\"alice\"",
                                        "\"requesterLast7Days\":1",
                                        "\"posterUrl\":\"https://image.tmdb.org/t/p/w600_and_h900_bestv2/1pdfLvkbY9ohJlCjQH2CZjjYVvJ.jpg\""));

        decide("approve")
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.decisionId")
                .isNotEmpty();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(events()).contains("RequestDecided", "OverseerrDecisionSent"));
        OVERSEERR.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/request/127/approve")));
        assertThat(api(callsheet, "/api/approvals").body()).isEqualTo("{\"approvals\":[]}");
        decide("approve")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("approved in Callsheet"));

        callsheet
                .webhooks()
                .overseerr(payload("story/overseerr-media-approved-movie.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(changedStates(callsheet)).containsExactly("requested", "approved"));
        assertThat(summaries())
                .contains(
                        "Request overseerr-127 approved by admin in Callsheet",
                        "Request overseerr-127 approved at Overseerr 'overseerr' for Callsheet",
                        "Request overseerr-127 approved in Overseerr");
        OVERSEERR.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/request/127/approve")));
        decide("decline").expectStatus().isEqualTo(409);
    }

    @Test
    void sendsNothingWhenOverseerrHasDecidedAlready() {
        overseerrHas("overseerr-request-127-declined.json");
        requested();

        decide("approve").expectStatus().isAccepted();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(summaries())
                .contains("Overseerr 'overseerr' has request overseerr-127 declined already: nothing sent"));
        OVERSEERR.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/request/127/approve")));
        assertThat(api(callsheet, "/api/approvals").body()).contains("\"id\":\"" + REQUEST + "\"");
    }

    @Test
    void givesTheRequestBackToTheQueueWhenOverseerrRefusesTheKey() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/127")).willReturn(status(403)));
        requested();

        decide("decline").expectStatus().isAccepted();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(events()).contains("RequestDecided", "CommandAttemptFailed"));
        assertThat(api(callsheet, "/api/approvals").body()).contains("\"id\":\"" + REQUEST + "\"");
        assertThat(String.join("\n", summaries()))
                .containsIgnoringCase("refused")
                .doesNotContain(OVERSEERR_KEY);
        OVERSEERR.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/request/127/decline")));
    }

    @Test
    void answersProblemsForAnUnknownRequestTheReadKeyAndABadReason() {
        requested();

        decide("approve", "no-such-request").expectStatus().isNotFound();
        callsheet
                .client()
                .post()
                .uri("/api/approvals/" + REQUEST + "/approve")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType("application/problem+json");
        callsheet
                .admin()
                .post()
                .uri("/api/approvals/" + REQUEST + "/decline")
                .header("Content-Type", "application/json")
                .bodyValue("{\"reason\":\"" + "x".repeat(501) + "\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("reason"));
        assertThat(events()).doesNotContain("RequestDecided");
    }

    private void requested() {
        callsheet
                .webhooks()
                .overseerr(payload("story/overseerr-media-pending-movie.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(changedStates(callsheet)).containsExactly("requested"));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec decide(String verdict) {
        return decide(verdict, REQUEST);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec decide(
            String verdict, String request) {
        return callsheet
                .admin()
                .post()
                .uri("/api/approvals/" + request + "/" + verdict)
                .exchange();
    }

    private static void overseerrHas(String body) {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/127"))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/" + body))));
    }

    private java.util.List<String> events() {
        return timeline(callsheet).stream()
                .map(entry -> (String) entry.get("event"))
                .toList();
    }

    private java.util.List<String> summaries() {
        return timeline(callsheet).stream()
                .map(entry -> (String) entry.get("summary"))
                .toList();
    }

    private static String text(String resource) {
        return new String(payload(resource), StandardCharsets.UTF_8);
    }
}
