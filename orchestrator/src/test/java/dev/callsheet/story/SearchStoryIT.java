package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callsheet searching by itself, on the real broker, against stub arrs that answer as {@code
 * radarr.json} and {@code sonarr.json} say: nothing grabbed within the grace (two seconds here) → one
 * search of exactly what is missing, read back, on the timeline.
 */
class SearchStoryIT {

    private static final Duration PATIENCE = MovieStory.PATIENCE;
    private static final String RADARR_KEY = "radarr-api-key";
    private static final String SONARR_KEY = "sonarr-api-key";
    private static final String OVERSEERR_KEY = "overseerr-api-key";

    @RegisterExtension
    static final WireMockExtension OVERSEERR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    /**
     * The movie story acted on by Callsheet: the admin approves the pending request in Callsheet, which
     * makes exactly one approve call at Overseerr; Overseerr's webhook moves the request; the movie
     * Radarr added grabs nothing within the grace: one {@code MoviesSearch} of Radarr's id of it (412,
     * from the MovieAdded webhook), read back; then Radarr's grab ends the searches, which would
     * otherwise come again after the five-second back-off.
     */
    @Test
    void approvesInCallsheetThenSearchesRadarrOnceForAMovieNothingWasGrabbedForUntilTheGrab() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/127"))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/overseerr-request-127-pending.json"))));
        OVERSEERR.stubFor(post(urlPathEqualTo("/api/v1/request/127/approve"))
                .withHeader("X-Api-Key", equalTo(OVERSEERR_KEY))
                .willReturn(okJson(text("story/approval/overseerr-request-127-approved.json"))));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                .withHeader("X-Api-Key", equalTo(RADARR_KEY))
                .willReturn(okJson("[]")));
        RADARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                .withHeader("X-Api-Key", equalTo(RADARR_KEY))
                .willReturn(okJson(command(901, "MoviesSearch", "queued", null))));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/command/901"))
                .withHeader("X-Api-Key", equalTo(RADARR_KEY))
                .willReturn(okJson(command(901, "MoviesSearch", "completed", "Completed. 0 reports downloaded."))));

        var settings = new HashMap<>(settings("radarr", RADARR.getPort(), RADARR_KEY, "5s"));
        settings.put("callsheet.instances.overseerr.kind", "overseerr");
        settings.put("callsheet.instances.overseerr.url", "http://localhost:" + OVERSEERR.getPort());
        settings.put("callsheet.instances.overseerr.api-key", OVERSEERR_KEY);
        try (var callsheet = RunningCallsheet.start(dataDir, settings)) {
            var webhooks = callsheet.webhooks();
            webhooks.overseerr(payload("story/overseerr-media-pending-movie.json"))
                    .expectStatus()
                    .isAccepted();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            ApiReads.api(callsheet, "/api/approvals").body())
                    .contains(MovieStory.REQUEST));
            callsheet
                    .admin()
                    .post()
                    .uri("/api/approvals/" + MovieStory.REQUEST + "/approve")
                    .exchange()
                    .expectStatus()
                    .isAccepted();
            await().atMost(PATIENCE)
                    .untilAsserted(
                            () -> OVERSEERR.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/request/127/approve"))));
            webhooks.overseerr(payload("story/overseerr-media-approved-movie.json"))
                    .expectStatus()
                    .isAccepted();
            webhooks.radarr(payload("payloads/radarr-movie-added.json"))
                    .expectStatus()
                    .isAccepted();

            await().atMost(PATIENCE)
                    .untilAsserted(() -> RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/command"))));
            webhooks.radarr(payload("payloads/radarr-grab.json")).expectStatus().isAccepted();

            RADARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/command"))
                            .withRequestBody(equalToJson("{\"name\":\"MoviesSearch\",\"movieIds\":[412]}")));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(summaries(callsheet, MovieStory.REQUEST))
                    .contains(
                            "Searched Radarr for the movie (attempt 1)",
                            "Radarr's search ended: 0 reports downloaded"));
            await().during(Duration.ofSeconds(8))
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/command"))));
            assertThat(ApiReads.changedStates(callsheet))
                    .containsExactly("requested", "approved", "searching", "downloading");
            OVERSEERR.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/request/127/approve")));
        }
    }

    /**
     * Season 2 of Severance has aired all ten episodes; Sonarr has files for eight. One {@code
     * EpisodeSearch} of exactly the other two (Sonarr ids 2109 and 2110), not a season search.
     */
    @Test
    void searchesSonarrForExactlyTheTwoEpisodesWithoutAFile() {
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                .withQueryParam("tvdbId", equalTo("371980"))
                .withHeader("X-Api-Key", equalTo(SONARR_KEY))
                .willReturn(okJson(text("story/series/sonarr-v4/series.json"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .withQueryParam("seriesId", equalTo("57"))
                .withHeader("X-Api-Key", equalTo(SONARR_KEY))
                .willReturn(okJson(text("story/search/sonarr-episodes-s02-8-with-files.json"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                .withHeader("X-Api-Key", equalTo(SONARR_KEY))
                .willReturn(okJson("[]")));
        SONARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                .withHeader("X-Api-Key", equalTo(SONARR_KEY))
                .willReturn(okJson(command(77, "EpisodeSearch", "queued", null))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/command/77"))
                .withHeader("X-Api-Key", equalTo(SONARR_KEY))
                .willReturn(okJson(
                        command(77, "EpisodeSearch", "completed", "Episode search completed. 0 reports downloaded."))));

        try (var callsheet = RunningCallsheet.start(dataDir, settings("sonarr", SONARR.getPort(), SONARR_KEY, "15m"))) {
            var webhooks = callsheet.webhooks();
            webhooks.overseerr(payload("payloads/overseerr-media-pending-tv.json"))
                    .expectStatus()
                    .isAccepted();
            webhooks.overseerr(payload("payloads/overseerr-media-approved-tv.json"))
                    .expectStatus()
                    .isAccepted();
            webhooks.sonarr(payload("payloads/sonarr-series-add.json"))
                    .expectStatus()
                    .isAccepted();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(summaries(callsheet, "overseerr-128"))
                    .contains(
                            "Searched Sonarr for S02E09, S02E10 (attempt 1)",
                            "Sonarr's search ended: 0 reports downloaded"));
            SONARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/command")));
            SONARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/command"))
                            .withRequestBody(equalToJson("{\"name\":\"EpisodeSearch\",\"episodeIds\":[2109,2110]}")));
        }
    }

    private static Map<String, Object> settings(String arr, int port, String key, String backoff) {
        return Map.of(
                "callsheet.instances." + arr + ".kind",
                arr,
                "callsheet.instances." + arr + ".url",
                "http://localhost:" + port,
                "callsheet.instances." + arr + ".api-key",
                key,
                "callsheet.pipeline.tick-interval",
                "1s",
                "callsheet.search.grace",
                "2s",
                "callsheet.search.backoff",
                backoff,
                "callsheet.search.check-after",
                "1s",
                "callsheet.commands.retry.initial-delay",
                "200ms");
    }

    private static List<String> summaries(RunningCallsheet callsheet, String request) {
        return timeline(callsheet, request).stream()
                .map(entry -> (String) entry.get("summary"))
                .toList();
    }

    private static String command(int id, String name, String status, String message) {
        String said = message == null ? "" : ", \"message\": \"%s\"".formatted(message);
        return "{\"id\": %d, \"name\": \"%s\", \"status\": \"%s\", \"queued\": \"2026-01-01T10:00:00Z\"%s}"
                .formatted(id, name, status, said);
    }

    private static String text(String resource) {
        return new String(payload(resource), StandardCharsets.UTF_8);
    }
}
