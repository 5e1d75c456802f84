package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.callsheet.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admins' notices about no request, on the real broker: an arr's health going bad reaches a stub
 * Gotify once (and staying bad does not again), and a webhook the pipeline dead-letters reaches it once.
 */
class AdminNoticesIT {

    private static final String CHANNEL = "admin-gotify";
    private static final String GOTIFY_TOKEN = "gotify-app-token";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final WireMockExtension GOTIFY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @BeforeEach
    void start() {
        GOTIFY.stubFor(post(urlPathEqualTo("/message"))
                .withHeader("X-Gotify-Key", equalTo(GOTIFY_TOKEN))
                .willReturn(okJson("{\"id\":26,\"appid\":5,\"message\":\"…\",\"title\":\"…\",\"priority\":5,"
                        + "\"date\":\"2026-12-03T19:00:00Z\"}")));
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.notifications.channels." + CHANNEL + ".type",
                        "gotify",
                        "callsheet.notifications.channels." + CHANNEL + ".url",
                        "http://localhost:" + GOTIFY.getPort(),
                        "callsheet.notifications.channels." + CHANNEL + ".app-token",
                        GOTIFY_TOKEN,
                        "callsheet.notifications.routes[0].events",
                        "source-unhealthy,dead-letter",
                        "callsheet.notifications.routes[0].audience",
                        "admins",
                        "callsheet.notifications.routes[0].channels",
                        CHANNEL));
        awaitDeadLetterListener();
    }

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void tellsTheAdminsOnceWhenASourceGoesUnhealthy() {
        callsheet
                .webhooks()
                .sonarr(payload("payloads/sonarr-health.json"))
                .expectStatus()
                .isAccepted();

        var unhealthy = postRequestedFor(urlPathEqualTo("/message"))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Sonarr sonarr is unhealthy")))
                .withRequestBody(matchingJsonPath(
                        "$.message", containing("Unable to communicate with qBittorrent. Connection refused")));
        await().atMost(PATIENCE).untilAsserted(() -> GOTIFY.verify(1, unhealthy));

        // The same check failing again leaves the source as bad as it was: nothing new to tell.
        callsheet
                .webhooks()
                .sonarr(payload("payloads/sonarr-health.json"))
                .expectStatus()
                .isAccepted();
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> GOTIFY.verify(1, postRequestedFor(urlPathEqualTo("/message"))));
    }

    @Test
    void tellsTheAdminsOnceOfADeadLetteredWebhookWithoutItsBody() {
        callsheet
                .webhooks()
                .radarr("{\"movie\": {\"tmdbId\": 693134}}".getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isAccepted();

        RequestPatternBuilder deadLettered = postRequestedFor(urlPathEqualTo("/message"))
                .withRequestBody(
                        matchingJsonPath("$.title", equalTo("A record was dead-lettered: Radarr radarr webhook")));
        await().atMost(PATIENCE).untilAsserted(() -> GOTIFY.verify(1, deadLettered));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> GOTIFY.verify(1, postRequestedFor(urlPathEqualTo("/message"))));
        assertThat(GOTIFY.findAll(deadLettered))
                .singleElement()
                .satisfies(request -> assertThat(request.getBodyAsString()).doesNotContain("693134"));
    }

    /**
     * A new group starts at the end of {@code deadletter}; it has its place once it committed one for
     * each partition, and only then is a dead letter sure to be read.
     */
    private void awaitDeadLetterListener() {
        var topics = callsheet.bean(Topics.class);
        try (var admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, callsheet.bootstrapServers()))) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            admin.listConsumerGroupOffsets(topics.prefix() + "notifications-dead-letters")
                                    .partitionsToOffsetAndMetadata()
                                    .get()
                                    .keySet())
                    .filteredOn(partition -> partition.topic().equals(topics.deadletter()))
                    .hasSize(2));
        }
    }
}
