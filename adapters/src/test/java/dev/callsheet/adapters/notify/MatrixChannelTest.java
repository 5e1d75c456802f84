package dev.callsheet.adapters.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.notify.PushChannelFixtures.LATE_MILLIS;
import static dev.callsheet.adapters.notify.PushChannelFixtures.TIMEOUT;
import static dev.callsheet.adapters.notify.PushChannelFixtures.available;
import static dev.callsheet.adapters.notify.PushChannelFixtures.bare;
import static dev.callsheet.adapters.notify.PushChannelFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

class MatrixChannelTest {

    private static final String ACCESS_TOKEN = "syt_Y2FsbHNoZWV0_RzJvUWtXYlNmYkpWZ_2bK9Qm";
    private static final String ROOM = "/_matrix/client/v3/rooms/%21family%3Aexample.org/send/m.room.message/";
    /** SHA-256 of {@code req-42.available.marge.family}, base64url, computed apart from the channel. */
    private static final String AVAILABLE_TXN = "MSSa0W8IdSAIlBOn6jToq5J0bJgNRoOWk_RDirkDA8A";

    private static final String EVENT_ID = "$YUwRidLecu:example.org";

    @RegisterExtension
    static final WireMockExtension HOMESERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static MatrixChannel channel(String homeserver, String roomId) {
        return new MatrixChannel(
                new ChannelSettings.Matrix(URI.create(homeserver), ACCESS_TOKEN, roomId),
                "family-matrix",
                WebClient.builder(),
                TIMEOUT);
    }

    private final MatrixChannel matrix = channel(HOMESERVER.baseUrl(), "!family:example.org");

    private static void answer(int status, String body) {
        HOMESERVER.stubFor(put(urlPathMatching("/_matrix/client/v3/rooms/[^/]+/send/m\\.room\\.message/[^/]+"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static List<String> sentPaths() {
        return HOMESERVER.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(request -> request.getUrl())
                .toList();
    }

    @Test
    void putsAnHtmlTextMessageUnderATransactionIdFromTheNoticeId() {
        HOMESERVER.stubFor(
                put(urlPathEqualTo(ROOM + AVAILABLE_TXN)).willReturn(okJson("{\"event_id\":\"" + EVENT_ID + "\"}")));

        Sent sent = matrix.send(available()).block();

        assertThat(sent).isEqualTo(new Sent(EVENT_ID));
        HOMESERVER.verify(putRequestedFor(urlPathEqualTo(ROOM + AVAILABLE_TXN))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"msgtype": "m.text",
                         "body": "The Matrix (1999) is ready to watch\\nFor Marge\\nRequested by Marge\\nQuality: 1080p\\nhttps://plex.example.org/web/item/42\\nOpen in Plex: https://plex.example.org/web/item/42\\nRequest: https://callsheet.example.org/requests/42",
                         "format": "org.matrix.custom.html",
                         "formatted_body": "<b>The Matrix (1999) is ready to watch</b><br>For Marge<br>Requested by Marge<br>Quality: 1080p<br><a href=\\"https://plex.example.org/web/item/42\\">https://plex.example.org/web/item/42</a><br><a href=\\"https://plex.example.org/web/item/42\\">Open in Plex</a><br><a href=\\"https://callsheet.example.org/requests/42\\">Request</a>",
                         "m.mentions": {}}
                        """)));
    }

    @Test
    void aRetryAfterNoAnswerReusesTheTransactionSoTheHomeserverDedupesIt() {
        // As the spec asks of a homeserver: the repeated transaction gets the first one's event id.
        HOMESERVER.stubFor(put(urlPathEqualTo(ROOM + AVAILABLE_TXN))
                .inScenario("slow")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"event_id\":\"" + EVENT_ID + "\"}").withFixedDelay(LATE_MILLIS))
                .willSetStateTo("stored"));
        HOMESERVER.stubFor(put(urlPathEqualTo(ROOM + AVAILABLE_TXN))
                .inScenario("slow")
                .whenScenarioStateIs("stored")
                .willReturn(okJson("{\"event_id\":\"" + EVENT_ID + "\"}")));

        DeliveryFailure failure = failureOf(matrix.send(available()), ACCESS_TOKEN);
        Sent retried = matrix.send(available()).block();

        assertThat(failure.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(retried).isEqualTo(new Sent(EVENT_ID));
        assertThat(sentPaths()).containsExactly(ROOM + AVAILABLE_TXN, ROOM + AVAILABLE_TXN);
    }

    @Test
    void anotherNoticeGetsAnotherTransaction() {
        answer(200, "{\"event_id\":\"$other:example.org\"}");

        matrix.send(bare("Searching since Monday")).block();

        assertThat(sentPaths()).containsExactly(ROOM + "rUuA84kpMg3c7YGUScJPONvnOccsbMRJIAP1wxwH9Bw");
    }

    @Test
    void escapesTheTextInTheHtmlAndKeepsTheEventWithinMatrixsSize() {
        answer(200, "{\"event_id\":\"$big:example.org\"}");
        String line = "<Severance> & \"Ted Lasso\" ".repeat(20);
        var huge = new Notice(
                "big", "available", "Many", (line + "\n").repeat(300), null, null, List.of(), null, Map.of());

        matrix.send(huge).block();

        String raw = HOMESERVER.getAllServeEvents().getFirst().getRequest().getBodyAsString();
        JsonNode body = NoticeHttp.tree(raw);
        assertThat(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(60_000);
        assertThat(body.path("formatted_body").asString())
                .startsWith("<b>Many</b><br>&lt;Severance&gt; &amp; &quot;Ted Lasso&quot; ")
                .containsPattern("<br>… and \\d+ more$");
        assertThat(body.path("body").asString()).containsPattern("\n… and \\d+ more$");
    }

    @Test
    void rateLimitedIsRetriedAfterTheRetryAfterHeaderThenGoesThrough() {
        HOMESERVER.stubFor(put(urlPathEqualTo(ROOM + AVAILABLE_TXN))
                .inScenario("limited")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "3")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\","
                                + "\"retry_after_ms\":9000}"))
                .willSetStateTo("free"));
        HOMESERVER.stubFor(put(urlPathEqualTo(ROOM + AVAILABLE_TXN))
                .inScenario("limited")
                .whenScenarioStateIs("free")
                .willReturn(okJson("{\"event_id\":\"" + EVENT_ID + "\"}")));

        DeliveryFailure failure = failureOf(matrix.send(available()), ACCESS_TOKEN);

        assertThat(failure.kind()).isEqualTo(Kind.RETRY);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(failure.getMessage()).contains("M_LIMIT_EXCEEDED Too many requests");
        assertThat(matrix.send(available()).block()).isEqualTo(new Sent(EVENT_ID));
    }

    @Test
    void withoutTheHeaderTheDeprecatedRetryAfterMsIsRead() {
        answer(429, "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\",\"retry_after_ms\":2000}");

        assertThat(failureOf(matrix.send(available()), ACCESS_TOKEN).retryAfter())
                .contains(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @CsvSource({
        "401, M_UNKNOWN_TOKEN, Invalid access token passed.",
        "403, M_FORBIDDEN, User @callsheet:example.org not in room !family:example.org",
        "400, M_BAD_JSON, Content not JSON.",
        "413, M_TOO_LARGE, event too large"
    })
    void refusalsArePermanentWithTheErrcode(int status, String errcode, String error) {
        answer(status, "{\"errcode\":\"" + errcode + "\",\"error\":\"" + error + "\"}");

        DeliveryFailure failure = failureOf(matrix.send(available()), ACCESS_TOKEN);

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage())
                .isEqualTo("Matrix family-matrix answered HTTP " + status + ": " + errcode + " " + error);
    }

    @Test
    void aServerErrorIsRetried() {
        answer(502, "");

        assertThat(failureOf(matrix.send(available()), ACCESS_TOKEN).kind()).isEqualTo(Kind.RETRY);
    }

    @Test
    void aClosedPortIsRetried() {
        MatrixChannel unreachable = channel(closedPortUrl(), "!family:example.org");

        assertThat(failureOf(unreachable.send(available()), ACCESS_TOKEN).kind())
                .isEqualTo(Kind.RETRY);
    }

    @Test
    void refusesARoomAliasWithoutShowingTheToken() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> channel(HOMESERVER.baseUrl(), "#family:example.org"))
                .withMessageContaining("room id")
                .withMessageNotContaining(ACCESS_TOKEN);
    }
}
