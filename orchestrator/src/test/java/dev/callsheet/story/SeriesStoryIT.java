package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference series story, told over HTTP to the real application on its real broker: Overseerr
 * request 128 for season 2 of Severance, approved; the episode list fetched from a stubbed Sonarr;
 * one season-pack grab, ten per-file imports, the import-complete event and Plex adding each
 * episode. Read back per episode from the API.
 */
class SeriesStoryIT {

    private static final String REQUEST = "overseerr-128";
    private static final String SONARR_KEY = "sonarr-api-key";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern EPISODE_STATE = Pattern.compile("\"key\":\"S\\d+E\\d+\"|\"state\":\"[a-z]+\"");
    // What each Sonarr generation's run told, compared once both have run.
    private static final Map<String, List<String>> STORIES = new ConcurrentHashMap<>();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    /**
     * Told once per Sonarr generation through the same assertions: the answers to Callsheet's calls are
     * shaped like that generation's (v3 has no {@code tmdbId}, v3's field set; v4's current shape).
     */
    @ParameterizedTest(name = "Sonarr {0}")
    @ValueSource(strings = {"v3", "v4"})
    void followsEverySeasonTwoEpisodeFromRequestToLibrary(String sonarrGeneration) {
        String answers = "story/series/sonarr-" + sonarrGeneration + "/";
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                .withQueryParam("tvdbId", equalTo("371980"))
                .withHeader("X-Api-Key", equalTo(SONARR_KEY))
                .willReturn(okJson(text(answers + "series.json"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .withQueryParam("seriesId", equalTo("57"))
                .withHeader("X-Api-Key", equalTo(SONARR_KEY))
                .willReturn(okJson(text(answers + "episodes.json"))));

        try (var callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.instances.sonarr.kind",
                        "sonarr",
                        "callsheet.instances.sonarr.url",
                        "http://localhost:" + SONARR.getPort(),
                        "callsheet.instances.sonarr.api-key",
                        SONARR_KEY))) {
            var webhooks = callsheet.webhooks();
            webhooks.overseerr(payload("payloads/overseerr-media-pending-tv.json"))
                    .expectStatus()
                    .isAccepted();
            webhooks.overseerr(payload("payloads/overseerr-media-approved-tv.json"))
                    .expectStatus()
                    .isAccepted();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            ApiReads.api(callsheet, "/api/requests/" + REQUEST).body())
                    .contains("\"known\":true", "\"inScope\":10", "\"seasons\":[2]"));

            webhooks.sonarr(payload("payloads/sonarr-series-add.json"))
                    .expectStatus()
                    .isAccepted();
            webhooks.sonarr(payload("payloads/sonarr-grab-season-pack.json"))
                    .expectStatus()
                    .isAccepted();
            // The imports follow the grab in Sonarr; posted back to back they could be normalised first.
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            ApiReads.api(callsheet, "/api/requests/" + REQUEST).state())
                    .isEqualTo("downloading"));
            episodes().forEach(tag -> webhooks.sonarr(payload("story/series/sonarr-download-" + tag + ".json"))
                    .expectStatus()
                    .isAccepted());
            webhooks.sonarr(payload("payloads/sonarr-import-complete.json"))
                    .expectStatus()
                    .isAccepted();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            ApiReads.api(callsheet, "/api/requests/" + REQUEST).state())
                    .isEqualTo("imported"));

            episodes().forEach(tag -> webhooks.plex(payload("story/series/plex-library-new-episode-" + tag + ".json"))
                    .expectStatus()
                    .isAccepted());

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(ApiReads.changedStates(callsheet, REQUEST))
                    .containsExactly("requested", "approved", "searching", "downloading", "imported", "available"));
            var episodes = ApiReads.api(callsheet, "/api/requests/" + REQUEST + "/episodes")
                    .body();
            assertThat(episodes.split("\"state\":\"available\"", -1)).hasSize(11);
            assertThat(episodes)
                    .contains("\"key\":\"S02E01\"", "\"key\":\"S02E10\"")
                    .doesNotContain("S01E");
            assertThat(ApiReads.api(callsheet, "/api/requests/" + REQUEST).body())
                    .contains("\"available\":10");
            assertThat(ApiReads.timeline(callsheet, REQUEST).stream()
                            .filter(entry -> "DownloadImported".equals(entry.get("event"))))
                    .as("the import-complete event closes the pack with one entry")
                    .hasSize(1);
            assertThat(ApiReads.timeline(callsheet, REQUEST))
                    .extracting(entry -> entry.get("event"))
                    .doesNotContain("CommandAttemptFailed");

            // Both generations tell the same story: the same entries and episode states. Webhooks on
            // different partitions may be normalised in either order, so the entries are compared as a
            // sorted list, and without the request state each left, which follows that order.
            List<String> story = new ArrayList<>(ApiReads.timeline(callsheet, REQUEST).stream()
                    .map(entry -> entry.get("event") + " | " + entry.get("summary"))
                    .sorted()
                    .toList());
            story.add(EPISODE_STATE
                    .matcher(episodes)
                    .results()
                    .map(MatchResult::group)
                    .toList()
                    .toString());
            STORIES.put(sonarrGeneration, story);
            if (STORIES.size() == 2) {
                assertThat(STORIES.get("v3")).isEqualTo(STORIES.get("v4"));
            }
        }
    }

    /**
     * A Sonarr whose answer Callsheet cannot read (here: a series without its TVDB id) stops the
     * request with an attention naming the version, call and field; once Sonarr answers readably, the
     * ask after {@code relist-after-giving-up} reads it, the scope is learnt and the attention goes.
     */
    @Test
    void showsWhyAnUnreadableSonarrStoppedTheRequestAndGoesOnOnceItIsReadable() {
        String readable = text("story/series/sonarr-v4/series.json");
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                .withQueryParam("tvdbId", equalTo("371980"))
                .willReturn(okJson(readable.replace("\"tvdbId\": 371980", "\"tvdbId\": null"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/system/status"))
                .willReturn(okJson("{\"appName\": \"Sonarr\", \"version\": \"4.0.99.1\"}")));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .withQueryParam("seriesId", equalTo("57"))
                .willReturn(okJson(text("story/series/sonarr-v4/episodes.json"))));

        try (var callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.instances.sonarr.kind",
                        "sonarr",
                        "callsheet.instances.sonarr.url",
                        "http://localhost:" + SONARR.getPort(),
                        "callsheet.instances.sonarr.api-key",
                        SONARR_KEY,
                        "callsheet.pipeline.tick-interval",
                        "1s",
                        "callsheet.pipeline.relist-after-giving-up",
                        "2s"))) {
            var webhooks = callsheet.webhooks();
            webhooks.overseerr(payload("payloads/overseerr-media-pending-tv.json"))
                    .expectStatus()
                    .isAccepted();
            webhooks.overseerr(payload("payloads/overseerr-media-approved-tv.json"))
                    .expectStatus()
                    .isAccepted();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            ApiReads.api(callsheet, "/api/requests/" + REQUEST).body())
                    .contains(
                            "\"kind\":\"SOURCE_UNREADABLE\"",
                            "Sonarr version 4.0.99.1",
                            "GET /api/v3/series?tvdbId=371980",
                            "at [0].tvdbId"));
            var givenUp = ApiReads.timeline(callsheet, REQUEST).stream()
                    .filter(entry -> "CommandAttemptFailed".equals(entry.get("event")))
                    .findFirst()
                    .orElseThrow();
            assertThat(givenUp.get("details"))
                    .asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("service", "Sonarr")
                    .containsEntry("version", "4.0.99.1")
                    .containsEntry("call", "GET /api/v3/series?tvdbId=371980")
                    .containsEntry("field", "[0].tvdbId");
            assertThat(ApiReads.api(callsheet, "/api/requests/" + REQUEST).body())
                    .doesNotContain(SONARR_KEY);

            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                    .withQueryParam("tvdbId", equalTo("371980"))
                    .willReturn(okJson(readable)));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            ApiReads.api(callsheet, "/api/requests/" + REQUEST).body())
                    .contains("\"known\":true", "\"inScope\":10", "\"attention\":[]"));
            SONARR.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/system/status")));
        }
    }

    @Test
    void asksOverseerrWhichSeriesARequestIsForWhenTheWebhookDoesNotSay() {
        var overseerr = new WireMockServer(wireMockConfig().dynamicPort());
        overseerr.start();
        try {
            overseerr.stubFor(get(urlPathEqualTo("/api/v1/request/128"))
                    .withHeader("X-Api-Key", equalTo("overseerr-api-key"))
                    .willReturn(okJson(text("story/series/overseerr-api-request-128.json"))));
            try (var callsheet = RunningCallsheet.start(
                    dataDir,
                    Map.of(
                            "callsheet.instances.overseerr.kind", "overseerr",
                            "callsheet.instances.overseerr.url", "http://localhost:" + overseerr.port(),
                            "callsheet.instances.overseerr.api-key", "overseerr-api-key"))) {
                var withoutTvdb =
                        text("payloads/overseerr-media-pending-tv.json").replace("\"371980\"", "\"\"");

                callsheet
                        .webhooks()
                        .overseerr(withoutTvdb.getBytes(StandardCharsets.UTF_8))
                        .expectStatus()
                        .isAccepted();

                await().atMost(PATIENCE)
                        .untilAsserted(() -> assertThat(ApiReads.api(callsheet, "/api/requests/" + REQUEST)
                                        .body())
                                .contains("\"mediaKey\":\"series:tvdb:371980\"", "\"state\":\"requested\""));
                overseerr.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/request/128")));
            }
        } finally {
            overseerr.stop();
        }
    }

    private static List<String> episodes() {
        return IntStream.rangeClosed(1, 10)
                .mapToObj(n -> "s02e%02d".formatted(n))
                .toList();
    }

    private static String text(String resource) {
        return new String(payload(resource), StandardCharsets.UTF_8);
    }
}
