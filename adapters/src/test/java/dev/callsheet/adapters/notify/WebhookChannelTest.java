package dev.callsheet.adapters.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

class WebhookChannelTest {

    @RegisterExtension
    static final WireMockExtension RECEIVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** The specification's test vector secret (24 bytes). */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final String PATH = "/hooks/callsheet";
    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    private static final Notice AVAILABLE = new Notice(
            "available-request-42-marge",
            "needs-approval",
            "The Matrix (1999) needs approval",
            "Requested by Marge",
            URI.create("https://callsheet.example.org/requests/42"),
            URI.create("https://image.tmdb.org/t/p/w500/matrix.jpg"),
            List.of(new NoticeAction("Approve", URI.create("https://callsheet.example.org/a/42?t=abc"))),
            new Recipient("Marge", "80351110224678912", null, "marge@example.org"),
            Map.of("requestId", 42, "tmdbId", 603));

    private static WebhookChannel channel(String baseUrl, Duration timeout) {
        return new WebhookChannel(
                new ChannelSettings.Webhook(URI.create(baseUrl + PATH), SECRET),
                "automation",
                WebClient.builder(),
                timeout,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static WebhookChannel channel() {
        return channel(RECEIVER.baseUrl(), Duration.ofSeconds(5));
    }

    private static void answer(ResponseDefinitionBuilder response) {
        RECEIVER.stubFor(post(urlPathEqualTo(PATH)).willReturn(response));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = RECEIVER.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    private static Map<String, List<String>> headers(LoggedRequest request) {
        return request.getHeaders().all().stream().collect(Collectors.toMap(h -> h.key(), h -> h.values()));
    }

    /** The send's failure, after checking that neither it nor anything it wraps shows the secret. */
    private static DeliveryFailure failureOf(Mono<?> send) {
        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, send::block);
        assertThat(failure).as("the send's failure").isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET).doesNotContain("MfKQ9r8G");
            assertThat(t.toString()).doesNotContain(SECRET);
        }
        return failure;
    }

    @Nested
    class Delivered {

        @Test
        void postsTheNoticeAsJsonWithTheStandardWebhookHeaders() {
            answer(ok());

            assertThat(channel().send(AVAILABLE).block()).isEqualTo(new Sent(null));

            LoggedRequest request = onlyRequest();
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(request.getHeader("webhook-id")).isEqualTo("available-request-42-marge");
            assertThat(request.getHeader("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
            assertThat(request.getHeader("webhook-signature")).startsWith("v1,");

            JsonNode body = NoticeHttp.tree(request.getBodyAsString());
            assertThat(body.path("type").asString()).isEqualTo("notice.needs_approval");
            assertThat(body.path("timestamp").asString()).isEqualTo(NOW.toString());
            JsonNode data = body.path("data");
            assertThat(data.path("id").asString()).isEqualTo("available-request-42-marge");
            assertThat(data.path("event").asString()).isEqualTo("needs-approval");
            assertThat(data.path("title").asString()).isEqualTo("The Matrix (1999) needs approval");
            assertThat(data.path("text").asString()).isEqualTo("Requested by Marge");
            assertThat(data.path("link").asString()).isEqualTo("https://callsheet.example.org/requests/42");
            assertThat(data.path("imageUrl").asString()).isEqualTo("https://image.tmdb.org/t/p/w500/matrix.jpg");
            assertThat(data.path("actions").get(0).path("label").asString()).isEqualTo("Approve");
            assertThat(data.path("actions").get(0).path("url").asString())
                    .isEqualTo("https://callsheet.example.org/a/42?t=abc");
            assertThat(data.path("recipient").path("name").asString()).isEqualTo("Marge");
            assertThat(data.path("recipient").path("discordId").asString()).isEqualTo("80351110224678912");
            assertThat(data.path("recipient").has("telegramChatId")).isFalse();
            assertThat(data.path("data").path("requestId").asInt()).isEqualTo(42);
            assertThat(data.path("data").path("tmdbId").asInt()).isEqualTo(603);
        }

        @Test
        void theSignatureVerifiesWithTheSpecificationsOwnLibrary() throws Exception {
            answer(ok());

            channel().send(AVAILABLE).block();

            LoggedRequest request = onlyRequest();
            new Webhook(SECRET).verify(request.getBodyAsString(), headers(request));
            assertThatThrownBy(() ->
                            new Webhook("whsec_" + "A".repeat(32)).verify(request.getBodyAsString(), headers(request)))
                    .isInstanceOf(WebhookVerificationException.class);
        }

        @Test
        void signsTheSpecificationsTestVector() {
            byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

            assertThat(channel().signature("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", body))
                    .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        }

        @Test
        void aLongEpisodeListIsTrimmedWithTheCountOfWhatIsLeftOut() {
            String episodes = IntStream.rangeClosed(1, 2000)
                    .mapToObj(n -> "S01E%04d The episode with a long enough title".formatted(n))
                    .collect(Collectors.joining("\n"));

            String trimmed = WebhookChannel.trimmed(episodes);

            assertThat(trimmed.length()).isLessThanOrEqualTo(WebhookChannel.MAX_TEXT_CHARS);
            int kept = (int)
                    trimmed.lines().filter(line -> line.startsWith("S01E")).count();
            assertThat(kept).isGreaterThan(100);
            assertThat(trimmed).startsWith("S01E0001 ").endsWith("\n… and " + (2000 - kept) + " more");
            assertThat(WebhookChannel.trimmed("S01E01\nS01E02")).isEqualTo("S01E01\nS01E02");
        }
    }

    @Nested
    class Refused {

        @Test
        void goneIsPermanent() {
            answer(aResponse().withStatus(410));

            DeliveryFailure failure = failureOf(channel().send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(failure).hasMessageContaining("HTTP 410").hasMessageContaining("endpoint is gone");
        }

        @Test
        void aRedirectIsPermanentAndNotFollowed() {
            answer(aResponse().withStatus(301).withHeader("Location", RECEIVER.baseUrl() + "/elsewhere"));

            DeliveryFailure failure = failureOf(channel().send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(failure).hasMessageContaining("HTTP 301").hasMessageContaining("not followed");
            assertThat(RECEIVER.getAllServeEvents()).hasSize(1);
        }

        @Test
        void anotherClientErrorIsPermanentWithTheReceiversWords() {
            answer(aResponse().withStatus(401).withBody("invalid signature"));

            DeliveryFailure failure = failureOf(channel().send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(failure).hasMessage("Webhook automation answered HTTP 401: invalid signature");
        }

        @Test
        void aSecretThatIsNotWhsecBase64StopsTheStartWithoutShowingIt() {
            for (String secret : List.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_not*base64!", "whsec_")) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> new WebhookChannel(
                                new ChannelSettings.Webhook(URI.create("https://example.org/hook"), secret),
                                "automation",
                                WebClient.builder(),
                                Duration.ofSeconds(5)))
                        .withMessage("Webhook automation: the secret must be 'whsec_' followed by base64"
                                + " (the secret is not shown)")
                        .withNoCause();
            }
        }
    }

    @Nested
    class WorthAnotherTry {

        @Test
        void tooManyRequestsWaitsForRetryAfterThenTheSameIdIsDelivered() {
            RECEIVER.stubFor(post(urlPathEqualTo(PATH))
                    .inScenario("throttled")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
                    .willSetStateTo("open"));
            RECEIVER.stubFor(post(urlPathEqualTo(PATH))
                    .inScenario("throttled")
                    .whenScenarioStateIs("open")
                    .willReturn(aResponse().withStatus(204)));
            WebhookChannel channel = channel();

            DeliveryFailure failure = failureOf(channel.send(AVAILABLE));
            assertThat(failure.kind()).isEqualTo(Kind.RETRY);
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));

            assertThat(channel.send(AVAILABLE).block()).isEqualTo(new Sent(null));
            RECEIVER.verify(
                    2,
                    postRequestedFor(urlPathEqualTo(PATH))
                            .withHeader("webhook-id", equalTo("available-request-42-marge")));
        }

        @ParameterizedTest
        @ValueSource(ints = {500, 502, 503, 504})
        void serverErrorsAreRetried(int status) {
            answer(aResponse().withStatus(status).withHeader("Retry-After", "30"));

            DeliveryFailure failure = failureOf(channel().send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.RETRY);
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
            assertThat(failure).hasMessageStartingWith("Webhook automation answered HTTP " + status);
        }

        @Test
        void noAnswerWithinTheTimeoutIsAnUnknownOutcome() {
            answer(ok().withFixedDelay(2000));

            DeliveryFailure failure = failureOf(
                    channel(RECEIVER.baseUrl(), Duration.ofMillis(300)).send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        }

        @Test
        void aClosedPortIsRetried() throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }

            DeliveryFailure failure = failureOf(
                    channel("http://127.0.0.1:" + port, Duration.ofSeconds(2)).send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.RETRY);
            assertThat(failure).hasMessage("Webhook automation could not be reached");
        }
    }
}
