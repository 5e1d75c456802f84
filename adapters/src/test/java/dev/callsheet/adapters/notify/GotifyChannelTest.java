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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

class GotifyChannelTest {

    private static final String APP_TOKEN = "AwQhrDP.oU3hPgT";

    @RegisterExtension
    static final WireMockExtension GOTIFY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static GotifyChannel channel(String baseUrl, Integer priority) {
        return new GotifyChannel(
                new ChannelSettings.Gotify(URI.create(baseUrl), APP_TOKEN, priority),
                "home-gotify",
                WebClient.builder(),
                TIMEOUT);
    }

    private final GotifyChannel gotify = channel(GOTIFY.baseUrl(), 5);

    private static void answer(int status, String body) {
        GOTIFY.stubFor(post("/message")
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static String error(String error, int code, String description) {
        return "{\"error\":\"" + error + "\",\"errorCode\":" + code + ",\"errorDescription\":\"" + description + "\"}";
    }

    private static JsonNode posted() {
        return NoticeHttp.tree(
                GOTIFY.getAllServeEvents().getFirst().getRequest().getBodyAsString());
    }

    @Test
    void postsTheNoticeAsMarkdownWithTheClickUrlAndPoster() {
        answer(200, """
                {"id": 25, "appid": 5, "message": "…", "title": "…", "priority": 5,
                 "date": "2026-12-03T19:20:00Z"}""");

        Sent sent = gotify.send(available()).block();

        assertThat(sent).isEqualTo(new Sent("25"));
        GOTIFY.verify(postRequestedFor(urlPathEqualTo("/message"))
                .withHeader("X-Gotify-Key", equalTo(APP_TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withQueryParam("token", absent())
                .withRequestBody(equalToJson("""
                        {"title": "The Matrix (1999) is ready to watch",
                         "message": "**For Marge**  \\nRequested by Marge  \\nQuality: 1080p  \\n[Open in Plex](<https://plex.example.org/web/item/42>)  \\n[Request](<https://callsheet.example.org/requests/42>)",
                         "priority": 5,
                         "extras": {
                           "client::display": {"contentType": "text/markdown"},
                           "client::notification": {
                             "click": {"url": "https://plex.example.org/web/item/42"},
                             "bigImageUrl": "https://image.tmdb.org/t/p/w600/matrix.jpg"}}}
                        """)));
    }

    @Test
    void escapesMarkdownInThePlainTextAndLeavesThePriorityToTheApplication() {
        GOTIFY.stubFor(post("/gotify/message").willReturn(okJson("{\"id\":26}")));

        channel(GOTIFY.baseUrl() + "/gotify/", null)
                .send(bare("*Severance* [S02] <stuck>_since_ #Monday"))
                .block();

        JsonNode body = posted();
        assertThat(body.path("message").asString())
                .isEqualTo("\\*Severance\\* \\[S02\\] \\<stuck\\>\\_since\\_ \\#Monday");
        assertThat(body.has("priority")).isFalse();
        assertThat(body.path("extras").has("client::notification")).isFalse();
    }

    @Test
    void trimsAVeryLongEpisodeList() {
        answer(200, "{\"id\":27}");

        gotify.send(bare(episodes(1000))).block();

        String message = posted().path("message").asString();
        assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(8 * 1024);
        assertThat(message).startsWith("Episode 1 of").containsPattern("  \n… and \\d+ more$");
    }

    @Test
    void aFailingProxyAskingToWaitIsRetriedThenGoesThrough() {
        GOTIFY.stubFor(post("/message")
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30"))
                .willSetStateTo("free"));
        GOTIFY.stubFor(
                post("/message").inScenario("busy").whenScenarioStateIs("free").willReturn(okJson("{\"id\":28}")));

        DeliveryFailure failure = failureOf(gotify.send(available()), APP_TOKEN);

        assertThat(failure.kind()).isEqualTo(Kind.RETRY);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(gotify.send(available()).block()).isEqualTo(new Sent("28"));
    }

    @ParameterizedTest
    @CsvSource({
        "400, Bad Request, Field 'message' is required",
        "401, Unauthorized, you need to provide a valid access token or user credentials to access this api",
        "403, Forbidden, you are not allowed to access this api"
    })
    void refusalsArePermanentWithGotifysDescription(int status, String error, String description) {
        answer(status, error(error, status, description));

        DeliveryFailure failure = failureOf(gotify.send(available()), APP_TOKEN);

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).isEqualTo("Gotify home-gotify answered HTTP " + status + ": " + description);
    }

    @Test
    void aServerErrorIsRetried() {
        answer(502, "");

        assertThat(failureOf(gotify.send(available()), APP_TOKEN).kind()).isEqualTo(Kind.RETRY);
    }

    @Test
    void noAnswerInTimeMayHaveGoneOut() {
        GOTIFY.stubFor(post("/message").willReturn(okJson("{\"id\":29}").withFixedDelay(LATE_MILLIS)));

        assertThat(failureOf(gotify.send(available()), APP_TOKEN).kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
    }

    @Test
    void aClosedPortIsRetried() {
        assertThat(failureOf(channel(closedPortUrl(), 5).send(available()), APP_TOKEN)
                        .kind())
                .isEqualTo(Kind.RETRY);
    }

    @Test
    void refusesAPriorityGotifyDoesNotHave() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> channel(GOTIFY.baseUrl(), 11))
                .withMessage("Gotify home-gotify: the priority must be 0 to 10");
    }
}
