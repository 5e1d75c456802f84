package dev.callsheet.adapters.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.notify.PushChannelFixtures.LATE_MILLIS;
import static dev.callsheet.adapters.notify.PushChannelFixtures.TIMEOUT;
import static dev.callsheet.adapters.notify.PushChannelFixtures.available;
import static dev.callsheet.adapters.notify.PushChannelFixtures.bare;
import static dev.callsheet.adapters.notify.PushChannelFixtures.episodes;
import static dev.callsheet.adapters.notify.PushChannelFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

class PushoverChannelTest {

    private static final String APP_TOKEN = "azGDORePK8gMaC0QOYAMyEEuzJnyUi";
    private static final String USER_KEY = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG";
    private static final Instant NOW = Instant.parse("2026-12-03T19:30:00Z");
    private static final String REQUEST = "5042853c-402d-4a18-abcb-168734a801de";

    @RegisterExtension
    static final WireMockExtension PUSHOVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static PushoverChannel channel(String apiBase, List<String> devices, Integer priority) {
        return new PushoverChannel(
                new ChannelSettings.Pushover(URI.create(apiBase), APP_TOKEN, USER_KEY, devices, priority),
                "family-pushover",
                WebClient.builder(),
                TIMEOUT,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private final PushoverChannel pushover = channel(PUSHOVER.baseUrl(), List.of("iphone", "desk_pc"), 1);

    private static void answer(int status, String body) {
        PUSHOVER.stubFor(post("/1/messages.json")
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static JsonNode posted() {
        return NoticeHttp.tree(
                PUSHOVER.getAllServeEvents().getFirst().getRequest().getBodyAsString());
    }

    @Test
    void postsTheNoticeInPushoversHtmlWithTheLinkAndDevices() {
        answer(200, "{\"status\":1,\"request\":\"" + REQUEST + "\"}");

        Sent sent = pushover.send(available()).block();

        assertThat(sent).isEqualTo(new Sent(REQUEST));
        PUSHOVER.verify(postRequestedFor(urlPathEqualTo("/1/messages.json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"token": "%s",
                         "user": "%s",
                         "title": "The Matrix (1999) is ready to watch",
                         "message": "<b>For Marge</b>\\nRequested by Marge\\nQuality: 1080p\\n<a href=\\"https://plex.example.org/web/item/42\\">Open in Plex</a>\\n<a href=\\"https://callsheet.example.org/requests/42\\">Request</a>",
                         "html": 1,
                         "url": "https://plex.example.org/web/item/42",
                         "url_title": "Open",
                         "device": "iphone,desk_pc",
                         "priority": 1}
                        """.formatted(APP_TOKEN, USER_KEY))));
    }

    @Test
    void escapesTheTextForHtmlAndKeepsTitleAndMessageWithinPushoversLimits() {
        answer(200, "{\"status\":1,\"request\":\"r2\"}");
        var longTitle = new Notice(
                "n",
                "available",
                "T".repeat(300),
                "<b>not bold</b> & done\n" + episodes(200),
                null,
                null,
                List.of(),
                null,
                Map.of());

        channel(PUSHOVER.baseUrl(), List.of(), null).send(longTitle).block();

        JsonNode body = posted();
        String title = body.path("title").asString();
        String message = body.path("message").asString();
        assertThat(title).hasSize(250).endsWith("T…");
        assertThat(message.codePointCount(0, message.length())).isLessThanOrEqualTo(1024);
        assertThat(message).startsWith("&lt;b&gt;not bold&lt;/b&gt; &amp; done\nEpisode 1 of");
        assertThat(message).containsPattern("\n… and \\d+ more$");
        assertThat(body.has("device")).isFalse();
        assertThat(body.has("priority")).isFalse();
        assertThat(body.has("url")).isFalse();
    }

    @Test
    void theMonthsQuotaUsedUpIsRetriedWhenPushoverSaysItResetsThenGoesThrough() {
        long reset = NOW.plus(Duration.ofDays(3)).getEpochSecond();
        PUSHOVER.stubFor(post("/1/messages.json")
                .inScenario("quota")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("X-Limit-App-Limit", "10000")
                        .withHeader("X-Limit-App-Remaining", "0")
                        .withHeader("X-Limit-App-Reset", String.valueOf(reset))
                        .withBody("{\"errors\":[\"message limit reached\"],\"status\":0,\"request\":\"r3\"}"))
                .willSetStateTo("reset"));
        PUSHOVER.stubFor(post("/1/messages.json")
                .inScenario("quota")
                .whenScenarioStateIs("reset")
                .willReturn(okJson("{\"status\":1,\"request\":\"r4\"}")));

        DeliveryFailure failure = failureOf(pushover.send(available()), APP_TOKEN, USER_KEY);

        assertThat(failure.kind()).isEqualTo(Kind.RETRY);
        assertThat(failure.retryAfter()).contains(Duration.ofDays(3));
        assertThat(failure.getMessage()).contains("message limit reached");
        assertThat(pushover.send(available()).block()).isEqualTo(new Sent("r4"));
    }

    @Test
    void withoutAResetHeaderTheQuotaIsWaitedForUntilTheFirstOfNextMonthCentralTime() {
        answer(429, "{\"errors\":[\"message limit reached\"],\"status\":0}");

        DeliveryFailure failure = failureOf(pushover.send(available()), APP_TOKEN, USER_KEY);

        // 1 January 2027, 00:00 in Chicago (UTC-6) is 06:00 UTC.
        assertThat(failure.retryAfter()).contains(Duration.between(NOW, Instant.parse("2027-01-01T06:00:00Z")));
    }

    @Test
    void anInvalidRequestIsPermanentWithPushoversErrors() {
        answer(400, """
                {"user":"invalid","errors":["user identifier is not a valid user, group, or subscribed user key"],
                 "status":0,"request":"r5"}""");

        DeliveryFailure failure = failureOf(pushover.send(available()), APP_TOKEN, USER_KEY);

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage())
                .isEqualTo("Pushover family-pushover answered HTTP 400: "
                        + "user identifier is not a valid user, group, or subscribed user key");
    }

    @Test
    void statusZeroIsPermanentEvenWithHttp200() {
        answer(200, "{\"token\":\"invalid\",\"errors\":[\"application token is invalid\"],\"status\":0}");

        DeliveryFailure failure = failureOf(pushover.send(available()), APP_TOKEN, USER_KEY);

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).endsWith("application token is invalid");
    }

    @Test
    void aServerErrorIsRetriedNoSoonerThanFiveSeconds() {
        answer(503, "");

        DeliveryFailure failure = failureOf(pushover.send(available()), APP_TOKEN, USER_KEY);

        assertThat(failure.kind()).isEqualTo(Kind.RETRY);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(5));
    }

    @Test
    void noAnswerInTimeMayHaveGoneOut() {
        PUSHOVER.stubFor(post("/1/messages.json")
                .willReturn(okJson("{\"status\":1,\"request\":\"late\"}").withFixedDelay(LATE_MILLIS)));

        assertThat(failureOf(pushover.send(available()), APP_TOKEN, USER_KEY).kind())
                .isEqualTo(Kind.UNKNOWN_OUTCOME);
    }

    @Test
    void aClosedPortIsRetried() {
        PushoverChannel unreachable = channel(closedPortUrl(), List.of(), null);

        assertThat(failureOf(unreachable.send(available()), APP_TOKEN, USER_KEY).kind())
                .isEqualTo(Kind.RETRY);
    }

    @Test
    void refusesEmergencyPriorityWithoutShowingTheKeys() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> channel(PUSHOVER.baseUrl(), List.of(), 2))
                .withMessageStartingWith("Pushover family-pushover: priority 2 (emergency)")
                .withMessageNotContaining(APP_TOKEN)
                .withMessageNotContaining(USER_KEY);
    }

    @Test
    void refusesADeviceNamePushoverWouldRefuse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> channel(PUSHOVER.baseUrl(), List.of("living room"), null))
                .withMessageContaining("device name");
    }

    @Test
    void aBareNoticeHasNoRecipientLine() {
        answer(200, "{\"status\":1,\"request\":\"r6\"}");

        pushover.send(bare("Searching since Monday")).block();

        assertThat(posted().path("message").asString()).isEqualTo("Searching since Monday");
    }
}
