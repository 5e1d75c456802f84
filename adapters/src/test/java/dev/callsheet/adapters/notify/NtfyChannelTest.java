package dev.callsheet.adapters.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static dev.callsheet.adapters.notify.PushChannelFixtures.withActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

class NtfyChannelTest {

    private static final String TOKEN = "tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2";
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final Instant NOW = Instant.parse("2026-12-03T22:15:00Z");

    @RegisterExtension
    static final WireMockExtension NTFY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static ChannelSettings.Ntfy settings(String baseUrl) {
        return new ChannelSettings.Ntfy(
                URI.create(baseUrl), "callsheet-admin", TOKEN, null, null, 4, List.of("tv", "white_check_mark"));
    }

    private static NtfyChannel channel(ChannelSettings.Ntfy settings) {
        return new NtfyChannel(settings, "admin-ntfy", WebClient.builder(), TIMEOUT, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private final NtfyChannel ntfy = channel(settings(NTFY.baseUrl()));

    private static void answer(int status, String body) {
        NTFY.stubFor(post("/")
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static String error(int code, int http, String error) {
        return "{\"code\":" + code + ",\"http\":" + http + ",\"error\":\"" + error
                + "\",\"link\":\"https://ntfy.sh/docs/publish/\"}";
    }

    private static JsonNode published() {
        return NoticeHttp.tree(NTFY.getAllServeEvents().getFirst().getRequest().getBodyAsString());
    }

    @Test
    void publishesTheNoticeAsJsonToTheRootWithTheToken() {
        answer(200, "{\"id\":\"hwQ2YpKdmg\",\"time\":1764800100,\"event\":\"message\",\"topic\":\"callsheet-admin\"}");

        Sent sent = ntfy.send(available()).block();

        assertThat(sent).isEqualTo(new Sent("hwQ2YpKdmg"));
        NTFY.verify(postRequestedFor(urlPathEqualTo("/"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"topic": "callsheet-admin",
                         "title": "The Matrix (1999) is ready to watch",
                         "message": "For Marge\\nRequested by Marge\\nQuality: 1080p",
                         "click": "https://plex.example.org/web/item/42",
                         "attach": "https://image.tmdb.org/t/p/w600/matrix.jpg",
                         "actions": [
                           {"action": "view", "label": "Open in Plex", "url": "https://plex.example.org/web/item/42"},
                           {"action": "view", "label": "Request", "url": "https://callsheet.example.org/requests/42"}],
                         "tags": ["tv", "white_check_mark"],
                         "priority": 4}
                        """)));
    }

    @Test
    void keepsAServerPathAndSendsBasicAuthForAUser() {
        NTFY.stubFor(post("/ntfy/").willReturn(okJson("{\"id\":\"a1\"}")));
        var withUser = new ChannelSettings.Ntfy(
                URI.create(NTFY.baseUrl() + "/ntfy"), "callsheet-admin", null, "homer", PASSWORD, null, null);

        channel(withUser).send(bare("Searching since Monday")).block();

        String basic = Base64.getEncoder().encodeToString(("homer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        NTFY.verify(postRequestedFor(urlPathEqualTo("/ntfy/")).withHeader("Authorization", equalTo("Basic " + basic)));
        JsonNode body = published();
        assertThat(body.has("priority")).as("no priority: the server's default").isFalse();
        assertThat(body.has("click")).isFalse();
        assertThat(body.has("actions")).isFalse();
        assertThat(body.path("message").asString()).isEqualTo("Searching since Monday");
    }

    @Test
    void sendsNoAuthorizationWithoutCredentials() {
        answer(200, "{\"id\":\"a2\"}");
        var open = new ChannelSettings.Ntfy(URI.create(NTFY.baseUrl()), "public-topic", null, null, null, null, null);

        channel(open).send(bare("x")).block();

        NTFY.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("Authorization", absent()));
    }

    @Test
    void makesThreeButtonsAndListsTheOtherActionsInTheMessage() {
        answer(200, "{\"id\":\"a3\"}");

        ntfy.send(withActions(5)).block();

        JsonNode body = published();
        assertThat(body.path("actions").valueStream().map(a -> a.path("label").asString()))
                .containsExactly("Action 1", "Action 2", "Action 3");
        assertThat(body.path("message").asString())
                .isEqualTo("Action 4: https://callsheet.example.org/a/4\nAction 5: https://callsheet.example.org/a/5");
    }

    @Test
    void trimsALongEpisodeListToNtfysMessageLimit() {
        answer(200, "{\"id\":\"a4\"}");

        ntfy.send(bare(episodes(300))).block();

        String message = published().path("message").asString();
        assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(message).startsWith("Episode 1 of").containsPattern("\n… and \\d+ more$");
        int kept = message.split("\n").length - 1;
        assertThat(message).endsWith("… and " + (300 - kept) + " more");
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheBucketRefillsThenGoesThrough() {
        NTFY.stubFor(post("/")
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(error(42901, 429, "limit reached: too many requests")))
                .willSetStateTo("refilled"));
        NTFY.stubFor(post("/")
                .inScenario("limit")
                .whenScenarioStateIs("refilled")
                .willReturn(okJson("{\"id\":\"after-wait\"}")));

        DeliveryFailure failure = failureOf(ntfy.send(available()), TOKEN);

        assertThat(failure.kind()).isEqualTo(Kind.RETRY);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(5));
        assertThat(failure.getMessage()).contains("limit reached: too many requests (42901)");
        assertThat(ntfy.send(available()).block()).isEqualTo(new Sent("after-wait"));
    }

    @Test
    void theDailyMessageQuotaIsRetriedOnTheNextUtcDay() {
        answer(429, error(42908, 429, "limit reached: daily message quota reached"));

        DeliveryFailure failure = failureOf(ntfy.send(available()), TOKEN);

        assertThat(failure.kind()).isEqualTo(Kind.RETRY);
        assertThat(failure.retryAfter()).contains(Duration.ofMinutes(105));
    }

    @Test
    void anotherLimitIsRetriedAfterAMinute() {
        answer(429, error(42909, 429, "limit reached: too many auth failures"));

        assertThat(failureOf(ntfy.send(available()), TOKEN).retryAfter()).contains(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @CsvSource({
        "401, 40101, unauthorized",
        "403, 40301, forbidden",
        "400, 40013, invalid request: attachment URL is invalid",
        "413, 41303, invalid request: JSON body too large"
    })
    void refusalsArePermanentWithNtfysError(int status, int code, String error) {
        answer(status, error(code, status, error));

        DeliveryFailure failure = failureOf(ntfy.send(available()), TOKEN);

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.retryAfter()).isEmpty();
        assertThat(failure.getMessage())
                .isEqualTo("ntfy admin-ntfy answered HTTP " + status + ": " + error + " (" + code + ")");
    }

    @Test
    void aServerErrorIsRetried() {
        answer(500, error(50001, 500, "internal server error"));

        assertThat(failureOf(ntfy.send(available()), TOKEN).kind()).isEqualTo(Kind.RETRY);
    }

    @Test
    void noAnswerInTimeMayHaveGoneOut() {
        NTFY.stubFor(post("/").willReturn(okJson("{\"id\":\"late\"}").withFixedDelay(LATE_MILLIS)));

        assertThat(failureOf(ntfy.send(available()), TOKEN).kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
    }

    @Test
    void aClosedPortIsRetried() {
        NtfyChannel unreachable = channel(settings(closedPortUrl()));

        assertThat(failureOf(unreachable.send(available()), TOKEN).kind()).isEqualTo(Kind.RETRY);
    }

    @Test
    void refusesATopicNtfyWouldRefuseAndABadPriorityWithoutShowingTheToken() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> channel(new ChannelSettings.Ntfy(
                        URI.create(NTFY.baseUrl()), "call sheet", TOKEN, null, null, null, null)))
                .withMessageContaining("ntfy admin-ntfy: the topic")
                .withMessageNotContaining(TOKEN);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> channel(
                        new ChannelSettings.Ntfy(URI.create(NTFY.baseUrl()), "callsheet", TOKEN, null, null, 6, null)))
                .withMessageContaining("priority")
                .withMessageNotContaining(TOKEN);
    }

    @Test
    void pacesToNtfysDefaultRequestBucket() {
        assertThat(ntfy.pace()).isEqualTo(new Pace(60, Duration.ofMinutes(5)));
    }
}
