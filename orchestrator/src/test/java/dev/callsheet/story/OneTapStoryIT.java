package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.ApiReads.changedStates;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.intake.credential.LinkSecret;
import dev.callsheet.intake.credential.Secret;
import dev.callsheet.readside.ApprovalLink;
import dev.callsheet.readside.ApprovalLinks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Story (f), one-tap decisions: an admin gets a waiting request's links, a link preview's GET of the
 * approve page decides nothing, the page's POST decides once (one approve call at a stub Overseerr),
 * and a used, expired, forged or garbled link gets a page and changes nothing.
 */
class OneTapStoryIT {

    private static final String REQUEST = MovieStory.REQUEST;
    private static final Duration PATIENCE = MovieStory.PATIENCE;
    private static final String OVERSEERR_KEY = "overseerr-api-key";
    private static final String APPROVE_CALL = "/api/v1/request/127/approve";

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
    void approvesOnceFromThePageAndRefusesEveryOtherLink() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/127"))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/overseerr-request-127-pending.json"))));
        OVERSEERR.stubFor(post(urlPathEqualTo(APPROVE_CALL))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/overseerr-request-127-approved.json"))));
        requested();

        linksWith(RunningCallsheet.API_KEY, REQUEST).expectStatus().isForbidden();
        linksWith(callsheet.adminKey(), "no-such-request").expectStatus().isNotFound();
        Map<?, ?> links = linksWith(callsheet.adminKey(), REQUEST)
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String approve = (String) links.get("approve");
        String decline = (String) links.get("decline");
        assertThat(approve).startsWith("http://localhost:").contains("/a/");
        assertThat(decline).startsWith("http://localhost:").contains("/a/").isNotEqualTo(approve);
        assertThat(Instant.parse((String) links.get("expiresAt")))
                .isBetween(
                        Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(7)));

        // What a chat app's link preview does: no key, a GET, and nothing decided.
        int entries = timeline(callsheet).size();
        var page = page(HttpMethod.GET, approve);
        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(body(page))
                .contains("Approve this request?", "Dune: Part Two (2024)", "alice", "<form method=\"post\"")
                .doesNotContain("<script", "http://", "https://");
        assertThat(body(page(HttpMethod.GET, decline))).contains("Decline this request?");

        var signer = callsheet.bean(ApprovalLinks.class);
        var request = new RequestId(REQUEST);
        String expired = signer.token(
                new ApprovalLink(request, Verdict.DECLINE, Instant.now().minusSeconds(60)));
        String forged = new ApprovalLinks(
                        new LinkSecret(new Secret("a-guess", Secret.Origin.CONFIGURED)),
                        Duration.ofDays(7),
                        Clock.systemUTC())
                .token(new ApprovalLink(request, Verdict.DECLINE, Instant.now().plus(Duration.ofDays(1))));
        var expiredAnswer = page(HttpMethod.POST, "/a/" + expired);
        assertThat(expiredAnswer.getStatus().value()).isEqualTo(410);
        assertThat(body(expiredAnswer)).contains("This link has expired", "Nothing was changed");
        var forgedAnswer = page(HttpMethod.POST, "/a/" + forged);
        assertThat(forgedAnswer.getStatus().value()).isEqualTo(404);
        assertThat(body(forgedAnswer)).contains("This link is not valid");
        assertThat(page(HttpMethod.POST, "/a/not-a-token").getStatus().value()).isEqualTo(404);
        assertThat(page(HttpMethod.GET, "/a/" + expired).getStatus().value()).isEqualTo(410);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(timeline(callsheet)).hasSize(entries);
            OVERSEERR.verify(0, anyRequestedFor(anyUrl()));
        });

        var decided = page(HttpMethod.POST, approve);
        assertThat(decided.getStatus().value()).isEqualTo(200);
        assertThat(body(decided)).contains("Request approved", "Dune: Part Two (2024)");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(events()).contains("RequestDecided", "OverseerrDecisionSent"));
        assertThat(events().stream().filter("RequestDecided"::equals)).hasSize(1);
        assertThat(summaries()).contains("Request overseerr-127 approved by admin (one-tap link) in Callsheet");
        OVERSEERR.verify(1, postRequestedFor(urlPathEqualTo(APPROVE_CALL)));

        var again = page(HttpMethod.POST, approve);
        assertThat(again.getStatus().value()).isEqualTo(409);
        assertThat(body(again)).contains("This request was decided already", "approved in Callsheet");
        assertThat(page(HttpMethod.POST, decline).getStatus().value()).isEqualTo(409);
        assertThat(page(HttpMethod.GET, approve).getStatus().value()).isEqualTo(409);
        linksWith(callsheet.adminKey(), REQUEST).expectStatus().isEqualTo(409);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(events().stream().filter("RequestDecided"::equals)).hasSize(1);
            OVERSEERR.verify(1, postRequestedFor(urlPathEqualTo(APPROVE_CALL)));
        });
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

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec linksWith(
            String key, String request) {
        return callsheet
                .client()
                .get()
                .uri("/api/approvals/" + request + "/links")
                .header("X-Api-Key", key)
                .exchange();
    }

    /** A one-tap page as a browser fetches it: no key, only the link. */
    private EntityExchangeResult<byte[]> page(HttpMethod method, String link) {
        return callsheet
                .client()
                .method(method)
                .uri(link.startsWith("http") ? URI.create(link) : URI.create(callsheet.baseUrl() + link))
                .exchange()
                .expectBody()
                .returnResult();
    }

    private static String body(EntityExchangeResult<byte[]> page) {
        return new String(page.getResponseBody(), StandardCharsets.UTF_8);
    }

    private List<String> events() {
        return timeline(callsheet).stream()
                .map(entry -> (String) entry.get("event"))
                .toList();
    }

    private List<String> summaries() {
        return timeline(callsheet).stream()
                .map(entry -> (String) entry.get("summary"))
                .toList();
    }

    private static String text(String resource) {
        return new String(payload(resource), StandardCharsets.UTF_8);
    }
}
