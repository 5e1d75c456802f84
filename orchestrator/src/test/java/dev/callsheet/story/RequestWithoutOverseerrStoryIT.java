package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.story.ApiReads.timeline;
import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request made in Callsheet, without Overseerr, on the real broker against a stub Radarr answering
 * as {@code radarr.json} says: {@code POST /api/requests} → the admin approves → Radarr is asked to add
 * the movie with the configured root folder and profile, monitored and without a search → Radarr's
 * MovieAdded webhook → Callsheet's own search once the grace (two seconds here) has passed.
 */
class RequestWithoutOverseerrStoryIT {

    private static final Duration PATIENCE = MovieStory.PATIENCE;
    private static final String RADARR_KEY = "radarr-api-key";

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    @Test
    void aMovieRequestedInCallsheetIsAddedToRadarrWithoutASearchAndThenSearchedByCallsheet() {
        radarrWithoutDune();

        try (var callsheet = RunningCallsheet.start(dataDir, settings())) {
            String request = callsheet
                    .admin()
                    .post()
                    .uri("/api/requests")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "story-1")
                    .bodyValue("{\"tmdbId\": 693134, \"requestedBy\": {\"username\": \"alice\"}}")
                    .exchange()
                    .expectStatus()
                    .isAccepted()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody()
                    .get("request")
                    .toString();
            callsheet
                    .admin()
                    .post()
                    .uri("/api/requests")
                    .header("Content-Type", "application/json")
                    .bodyValue("{\"tmdbId\": 693134, \"seasons\": [1]}")
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.field")
                    .isEqualTo("seasons");

            // Nothing decides it but the admin: it waits in the queue until approved.
            await().atMost(PATIENCE).untilAsserted(() -> callsheet
                    .admin()
                    .post()
                    .uri("/api/approvals/" + request + "/approve")
                    .exchange()
                    .expectStatus()
                    .isAccepted());
            await().atMost(PATIENCE)
                    .untilAsserted(() -> RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/movie"))));
            RADARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/movie"))
                            .withHeader("X-Api-Key", equalTo(RADARR_KEY))
                            .withRequestBody(equalToJson("""
                                    {"title": "Dune: Part Two", "tmdbId": 693134, "year": 2024,
                                     "qualityProfileId": 4, "rootFolderPath": "/movies/", "monitored": true,
                                     "minimumAvailability": "released", "tags": [],
                                     "addOptions": {"searchForMovie": false, "monitor": "movieOnly"}}
                                    """)));
            callsheet
                    .admin()
                    .post()
                    .uri("/api/requests")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "story-1")
                    .bodyValue("{\"tmdbId\": 693134, \"requestedBy\": {\"username\": \"alice\"}}")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.id")
                    .isEqualTo(request);

            callsheet
                    .webhooks()
                    .radarr(payload("payloads/radarr-movie-added.json"))
                    .expectStatus()
                    .isAccepted();

            await().atMost(PATIENCE)
                    .untilAsserted(() -> RADARR.verify(
                            1,
                            postRequestedFor(urlPathEqualTo("/api/v3/command"))
                                    .withRequestBody(equalToJson("{\"name\":\"MoviesSearch\",\"movieIds\":[412]}"))));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(summaries(callsheet, request))
                    .contains(
                            "Request %s approved by admin in Callsheet".formatted(request),
                            "Added to Radarr 'radarr' for request %s, without a search".formatted(request),
                            "Searched Radarr for the movie (attempt 1)"));
            RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/movie")));
        }
    }

    private static void radarrWithoutDune() {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie"))
                .withQueryParam("tmdbId", equalTo("693134"))
                .willReturn(okJson("[]")));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie/lookup/tmdb")).willReturn(okJson("""
                {"title": "Dune: Part Two", "tmdbId": 693134, "year": 2024, "imdbId": "tt15239678",
                 "monitored": false, "hasFile": false}""")));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/qualityprofile"))
                .willReturn(okJson("[{\"id\": 4, \"name\": \"HD-1080p\"}, {\"id\": 5, \"name\": \"Ultra-HD\"}]")));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/rootfolder")).willReturn(okJson("""
                [{"id": 1, "path": "/movies/", "accessible": true, "freeSpace": 1993002553344},
                 {"id": 2, "path": "/movies-4k/", "accessible": true, "freeSpace": 1993002553344}]""")));
        RADARR.stubFor(post(urlPathEqualTo("/api/v3/movie"))
                .willReturn(status(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"id": 412, "title": "Dune: Part Two", "tmdbId": 693134, "year": 2024, "monitored": true,
                         "hasFile": false, "path": "/movies/Dune Part Two (2024)"}""")));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("[]")));
        RADARR.stubFor(post(urlPathEqualTo("/api/v3/command")).willReturn(okJson("""
                {"id": 901, "name": "MoviesSearch", "status": "queued", "queued": "2026-01-01T10:00:00Z"}""")));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/command/901")).willReturn(okJson("""
                {"id": 901, "name": "MoviesSearch", "status": "completed", "queued": "2026-01-01T10:00:00Z",
                 "message": "Completed. 0 reports downloaded."}""")));
    }

    private static Map<String, Object> settings() {
        return Map.ofEntries(
                Map.entry("callsheet.instances.radarr.kind", "radarr"),
                Map.entry("callsheet.instances.radarr.url", "http://localhost:" + RADARR.getPort()),
                Map.entry("callsheet.instances.radarr.api-key", RADARR_KEY),
                Map.entry("callsheet.instances.radarr.root-folder", "/movies/"),
                Map.entry("callsheet.instances.radarr.quality-profile", "HD-1080p"),
                Map.entry("callsheet.pipeline.tick-interval", "1s"),
                Map.entry("callsheet.search.grace", "2s"),
                Map.entry("callsheet.search.backoff", "15m"),
                Map.entry("callsheet.search.check-after", "1s"),
                Map.entry("callsheet.commands.retry.initial-delay", "200ms"));
    }

    private static List<String> summaries(RunningCallsheet callsheet, String request) {
        return timeline(callsheet, request).stream()
                .map(entry -> (String) entry.get("summary"))
                .toList();
    }
}
