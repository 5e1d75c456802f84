package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.ApiReads.api;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An approval rule with a quota on the real broker: alice may have one request a week approved without
 * an admin. Her first is approved by the rule (exactly one approve call at a stub Overseerr); her
 * second, counted from the requester ledger, waits in the approval queue.
 */
class ApprovalRulesStoryIT {

    private static final String FIRST = MovieStory.REQUEST;
    private static final String SECOND = "overseerr-133";
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
                        "callsheet.approval.rules[0].name", "alice weekly",
                        "callsheet.approval.rules[0].requester", "alice",
                        "callsheet.approval.rules[0].quota.requests", "1",
                        "callsheet.approval.rules[0].quota.days", "7",
                        "callsheet.approval.rules[0].action", "approve"));
    }

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void approvesAlicesFirstRequestOfTheWeekAndLeavesTheNextInTheQueue() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/127"))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/overseerr-request-127-pending.json"))));
        OVERSEERR.stubFor(post(urlPathEqualTo("/api/v1/request/127/approve"))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/overseerr-request-127-approved.json"))));

        requested("story/overseerr-media-pending-movie.json");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(summaries(FIRST))
                .contains(
                        "Request overseerr-127 approved by rule 'alice weekly'",
                        "Request overseerr-127 approved at Overseerr 'overseerr' for Callsheet"));
        OVERSEERR.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/request/127/approve")));
        assertThat(api(callsheet, "/api/approvals").body()).isEqualTo("{\"approvals\":[]}");

        requested("payloads/overseerr-media-pending-movie-4k.json");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api(callsheet, "/api/approvals").body())
                        .contains("\"id\":\"" + SECOND + "\"", "\"requesterLast7Days\":2"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(summaries(SECOND))
                .containsExactly("Request overseerr-133 submitted by alice"));
        OVERSEERR.verify(1, postRequestedFor(urlPathMatching("/api/v1/request/.*/(approve|decline)")));
    }

    private void requested(String payload) {
        callsheet.webhooks().overseerr(payload(payload)).expectStatus().isAccepted();
    }

    private List<String> summaries(String request) {
        return timeline(callsheet, request).stream()
                .map(entry -> (String) entry.get("summary"))
                .toList();
    }

    private static String text(String resource) {
        return new String(payload(resource), StandardCharsets.UTF_8);
    }
}
