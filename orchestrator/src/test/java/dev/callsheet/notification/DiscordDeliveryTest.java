package dev.callsheet.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.callsheet.adapters.notify.ChannelSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The delivery scenarios end to end: the real Discord channel, through the delivery workers, to a
 * stub Discord answering as Discord's API documents (429 with {@code retry_after}, 404 {@code Unknown
 * Webhook}, 5xx, and an answer that comes too late).
 */
class DiscordDeliveryTest {

    private static final String WEBHOOK = "/api/webhooks/112233445566778899/secret-webhook-token";
    private static final DeliveryEntry.CommandOrigin ORIGIN =
            new DeliveryEntry.CommandOrigin("callsheet.commands", 0, 7L);
    private static final String MESSAGE = "{\"id\": \"1180000000000000001\", \"type\": 0, \"channel_id\": \"99\"}";

    @RegisterExtension
    static final WireMockExtension DISCORD = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final DeliveryLog deliveryLog = new DeliveryLog(new MemoryStore());
    private final RecordedReports reports = new RecordedReports();
    private Deliveries deliveries;

    @AfterEach
    void stop() {
        if (deliveries != null) {
            deliveries.stop();
        }
    }

    @Test
    void a429WithRetryAfterThenOkSendsExactlyOneMessageAfterTheWait() {
        DISCORD.stubFor(post(urlPathEqualTo(WEBHOOK))
                .inScenario("rate")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"You are being rate limited.\", \"retry_after\": 1.2,"
                                + " \"global\": false}"))
                .willSetStateTo("waited"));
        DISCORD.stubFor(post(urlPathEqualTo(WEBHOOK))
                .inScenario("rate")
                .whenScenarioStateIs("waited")
                .willReturn(okJson(MESSAGE)));

        start(6, Duration.ofSeconds(5)).take(Notices.movie("n-1", "available", "family-discord"), ORIGIN);
        DeliveryEntry entry = ended("n-1");

        List<LoggedRequest> sent = DISCORD.findAll(postRequestedFor(urlPathEqualTo(WEBHOOK)));
        assertThat(sent).hasSize(2);
        assertThat(Duration.between(
                        sent.get(0).getLoggedDate().toInstant(),
                        sent.get(1).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1150));
        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        assertThat(entry.attempts().getLast().detail()).isEqualTo("1180000000000000001");
        assertThat(entry.mayBeDoubled()).isFalse();
    }

    @Test
    void anUnknownWebhookIsGivenUpAtOnceLoggedAndNotRetried() {
        DISCORD.stubFor(post(urlPathEqualTo(WEBHOOK))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Unknown Webhook\", \"code\": 10015}")));

        start(6, Duration.ofSeconds(5)).take(Notices.movie("n-1", "available", "family-discord"), ORIGIN);
        DeliveryEntry entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.GIVEN_UP);
        assertThat(entry.attempts().getLast().detail())
                .contains("10015", "Unknown Webhook")
                .doesNotContain("secret");
        assertThat(reports.givenUp).singleElement();
        await().during(Duration.ofMillis(500))
                .untilAsserted(() -> DISCORD.verify(1, postRequestedFor(urlPathEqualTo(WEBHOOK))));
    }

    @Test
    void threeServerErrorsAreRetriedThenDeadLettered() {
        DISCORD.stubFor(post(urlPathEqualTo(WEBHOOK)).willReturn(aResponse().withStatus(502)));

        start(3, Duration.ofSeconds(5)).take(Notices.movie("n-1", "available", "family-discord"), ORIGIN);
        DeliveryEntry entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.GIVEN_UP);
        assertThat(entry.attempts()).hasSize(3);
        DISCORD.verify(3, postRequestedFor(urlPathEqualTo(WEBHOOK)));
        assertThat(reports.givenUp).singleElement().satisfies(given -> {
            assertThat(given.reason()).contains("no attempts left (3 made)");
            assertThat(given.entry().origin()).isEqualTo(ORIGIN);
        });
    }

    @Test
    void anAnswerAfterTheTimeoutIsRetriedAndLoggedAsMaybeDoubled() {
        DISCORD.stubFor(post(urlPathEqualTo(WEBHOOK))
                .inScenario("slow")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson(MESSAGE).withFixedDelay(2_000))
                .willSetStateTo("quick"));
        DISCORD.stubFor(post(urlPathEqualTo(WEBHOOK))
                .inScenario("slow")
                .whenScenarioStateIs("quick")
                .willReturn(okJson(MESSAGE)));

        start(6, Duration.ofMillis(500)).take(Notices.movie("n-1", "available", "family-discord"), ORIGIN);
        DeliveryEntry entry = ended("n-1");

        assertThat(entry.status()).isEqualTo(DeliveryEntry.Status.DELIVERED);
        assertThat(entry.mayBeDoubled()).isTrue();
        assertThat(entry.attempts().getFirst().detail()).contains("may be doubled");
        DISCORD.verify(2, postRequestedFor(urlPathEqualTo(WEBHOOK)));
    }

    private Deliveries start(int maxAttempts, Duration timeout) {
        var settings = new ChannelSettings.Discord(URI.create(DISCORD.baseUrl() + WEBHOOK), null, null, null);
        var channels = NoticeChannels.of(Map.of("family-discord", settings), WebClient.builder(), timeout);
        var delivery = new DeliveryProperties(
                maxAttempts, List.of(Duration.ofMillis(100)), Duration.ofHours(1), timeout, Duration.ofDays(30));
        var templates = new NoticeTemplates(
                new NoticeTemplateProperties(null, null, null, null, null, null, null, null, null, null),
                request -> Optional.empty());
        deliveries = new Deliveries(channels, templates, delivery, deliveryLog, reports, Clock.systemUTC());
        deliveries.start();
        return deliveries;
    }

    private DeliveryEntry ended(String id) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveryLog.get(id).map(DeliveryEntry::ended).orElse(false));
        return deliveryLog.get(id).orElseThrow();
    }
}
