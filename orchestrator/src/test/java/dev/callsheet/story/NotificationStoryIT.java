package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.callsheet.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Requesters told on the real application and broker, through the real Discord channel, by a stub
 * Discord webhook answering as Discord's API does: a movie's requester hears once that it is ready,
 * mentioned by the Discord id Overseerr gave (in its webhook, or else in the user's notification
 * settings, read through a stub Overseerr), and the request ends {@code notified}; a series told in
 * batches hears each batch of episodes in one message.
 */
class NotificationStoryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String WEBHOOK = "/api/webhooks/112233445566778899/discord-webhook-token";
    private static final String ALICE_DISCORD = "401234567890123457";
    private static final String SONARR_KEY = "sonarr-api-key";

    @RegisterExtension
    static final WireMockExtension DISCORD = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension OVERSEERR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    /** Issue 14's minimal form: one channel, no routes, so the requesters hear of availability there. */
    @Test
    void aMovieRequesterHearsOnceMentionedAndTheRequestIsNotified() {
        discordAccepts();
        callsheet = RunningCallsheet.start(dataDir, discordChannel());

        MovieStory.tell(
                callsheet,
                body -> new String(body, StandardCharsets.UTF_8)
                        .replace(
                                "\"requestedBy_settings_discordId\": \"\"",
                                "\"requestedBy_settings_discordId\": \"" + ALICE_DISCORD + "\"")
                        .getBytes(StandardCharsets.UTF_8),
                MovieStory.REQUEST);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(ApiReads.api(callsheet, "/api/requests/" + MovieStory.REQUEST)
                                .state())
                        .isEqualTo("notified"));
        List<LoggedRequest> sent = DISCORD.findAll(postRequestedFor(urlPathEqualTo(WEBHOOK)));
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().queryParameter("wait").firstValue()).isEqualTo("true");
        JsonNode message = json(sent.getFirst().getBodyAsString());
        assertThat(message.path("content").asString()).isEqualTo("<@" + ALICE_DISCORD + ">");
        assertThat(message.path("allowed_mentions").path("users").get(0).asString())
                .isEqualTo(ALICE_DISCORD);
        assertThat(message.path("embeds").get(0).path("title").asString()).contains("Dune");
        assertThat(ApiReads.timeline(callsheet, MovieStory.REQUEST))
                .extracting(entry -> entry.get("summary"))
                .contains("Sent the 'available' notice to alice on family-discord");
        assertThat(ApiReads.api(callsheet, "/api/notifications").body())
                .contains("\"status\":\"DELIVERED\"", "family-discord")
                .doesNotContain("discord-webhook-token");

        // Nothing more to tell: a restart sends nothing again.
        callsheet.close();
        callsheet = RunningCallsheet.start(dataDir, discordChannel());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(ApiReads.api(callsheet, "/api/requests/" + MovieStory.REQUEST)
                                .state())
                        .isEqualTo("notified"));
        assertThat(DISCORD.findAll(postRequestedFor(urlPathEqualTo(WEBHOOK)))).hasSize(1);
    }

    /**
     * The webhook leaves alice's Discord id out: the round trip reads it from her Overseerr settings (user
     * 5, the request's {@code requestedBy}), and the availability notice mentions her by it.
     */
    @Test
    void aRequesterTheWebhookGaveNoIdIsMentionedByTheIdInTheirOverseerrSettings() {
        discordAccepts();
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/127")).willReturn(okJson("""
                {"id": 127, "status": 1, "type": "movie", "is4k": false,
                 "media": {"id": 31, "mediaType": "movie", "tmdbId": 693134, "status": 2},
                 "seasons": [],
                 "requestedBy": {"id": 5, "email": "alice@example.com", "username": "alice",
                                 "displayName": "alice"}}""")));
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/user/5/settings/notifications"))
                .willReturn(okJson("""
                        {"emailEnabled": false, "discordEnabled": true, "discordEnabledTypes": 8,
                         "discordId": "%s", "telegramEnabled": false, "telegramChatId": null,
                         "webPushEnabled": false, "notificationTypes": {}}""".formatted(ALICE_DISCORD))));
        Map<String, Object> settings = new HashMap<>(discordChannel());
        settings.put("callsheet.instances.overseerr.kind", "overseerr");
        settings.put("callsheet.instances.overseerr.url", "http://localhost:" + OVERSEERR.getPort());
        settings.put("callsheet.instances.overseerr.api-key", "overseerr-api-key");
        callsheet = RunningCallsheet.start(dataDir, settings);

        callsheet
                .webhooks()
                .overseerr(payload("story/overseerr-media-pending-movie.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ApiReads.timeline(callsheet, MovieStory.REQUEST))
                .extracting(entry -> entry.get("summary"))
                .contains("Overseerr gives alice's Discord id"));
        MovieStory.tell(callsheet);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(ApiReads.api(callsheet, "/api/requests/" + MovieStory.REQUEST)
                                .state())
                        .isEqualTo("notified"));
        List<LoggedRequest> sent = DISCORD.findAll(postRequestedFor(urlPathEqualTo(WEBHOOK)));
        assertThat(sent).hasSize(1);
        assertThat(json(sent.getFirst().getBodyAsString()).path("content").asString())
                .isEqualTo("<@" + ALICE_DISCORD + ">");
        OVERSEERR.verify(
                1,
                getRequestedFor(urlPathEqualTo("/api/v1/user/5/settings/notifications"))
                        .withHeader("X-Api-Key", equalTo("overseerr-api-key")));
    }

    /** Season 2 of Severance reaching Plex in two waves, told every batch: one message per wave. */
    @Test
    void aSeriesRequesterHearsEachBatchOfEpisodesInOneMessage() {
        discordAccepts();
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                .withQueryParam("tvdbId", equalTo("371980"))
                .willReturn(okJson(text("story/series/sonarr-v4/series.json"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .withQueryParam("seriesId", equalTo("57"))
                .willReturn(okJson(text("story/series/sonarr-v4/episodes.json"))));
        Map<String, Object> settings = new HashMap<>(discordChannel());
        settings.put("callsheet.notifications.routes[0].events[0]", "available");
        settings.put("callsheet.notifications.routes[0].audience", "requester");
        settings.put("callsheet.notifications.routes[0].channels[0]", "family-discord");
        settings.put("callsheet.notifications.routes[0].series", "every-batch");
        settings.put("callsheet.notifications.routes[0].batch-window", "3s");
        settings.put("callsheet.pipeline.tick-interval", "1s");
        settings.put("callsheet.instances.sonarr.kind", "sonarr");
        settings.put("callsheet.instances.sonarr.url", "http://localhost:" + SONARR.getPort());
        settings.put("callsheet.instances.sonarr.api-key", SONARR_KEY);
        callsheet = RunningCallsheet.start(dataDir, settings);
        var webhooks = callsheet.webhooks();
        webhooks.overseerr(payload("payloads/overseerr-media-pending-tv.json"))
                .expectStatus()
                .isAccepted();
        webhooks.overseerr(payload("payloads/overseerr-media-approved-tv.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        ApiReads.api(callsheet, "/api/requests/overseerr-128").body())
                .contains("\"known\":true", "\"inScope\":10"));
        webhooks.sonarr(payload("payloads/sonarr-series-add.json"))
                .expectStatus()
                .isAccepted();
        webhooks.sonarr(payload("payloads/sonarr-grab-season-pack.json"))
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        ApiReads.api(callsheet, "/api/requests/overseerr-128").state())
                .isEqualTo("downloading"));
        episodes(1, 10).forEach(tag -> webhooks.sonarr(payload("story/series/sonarr-download-" + tag + ".json"))
                .expectStatus()
                .isAccepted());

        episodes(1, 4).forEach(tag -> webhooks.plex(payload("story/series/plex-library-new-episode-" + tag + ".json"))
                .expectStatus()
                .isAccepted());
        await().atMost(PATIENCE)
                .until(() -> DISCORD.findAll(postRequestedFor(urlPathEqualTo(WEBHOOK)))
                                .size()
                        == 1);
        episodes(5, 10).forEach(tag -> webhooks.plex(payload("story/series/plex-library-new-episode-" + tag + ".json"))
                .expectStatus()
                .isAccepted());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        ApiReads.api(callsheet, "/api/requests/overseerr-128").state())
                .isEqualTo("notified"));

        List<LoggedRequest> sent = DISCORD.findAll(postRequestedFor(urlPathEqualTo(WEBHOOK)));
        assertThat(sent).hasSize(2);
        String first = json(sent.get(0).getBodyAsString())
                .path("embeds")
                .get(0)
                .path("description")
                .asString();
        String second = json(sent.get(1).getBodyAsString())
                .path("embeds")
                .get(0)
                .path("description")
                .asString();
        assertThat(first).contains("S02E01").contains("E04").doesNotContain("E05");
        assertThat(second).contains("S02E05").contains("E10").doesNotContain("E04");
    }

    private static void discordAccepts() {
        DISCORD.stubFor(post(urlPathEqualTo(WEBHOOK))
                .willReturn(okJson("{\"id\": \"1180000000000000001\", \"type\": 0, \"channel_id\": \"99\","
                        + " \"webhook_id\": \"112233445566778899\"}")));
    }

    private static Map<String, Object> discordChannel() {
        return Map.of(
                "callsheet.notifications.channels.family-discord.type",
                "discord",
                "callsheet.notifications.channels.family-discord.url",
                "http://localhost:" + DISCORD.getPort() + WEBHOOK);
    }

    private static List<String> episodes(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(n -> "s02e%02d".formatted(n))
                .toList();
    }

    private static String text(String resource) {
        return new String(payload(resource), StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) {
        return EventJson.mapper().readTree(body);
    }
}
