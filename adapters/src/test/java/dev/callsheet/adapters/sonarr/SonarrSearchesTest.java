package dev.callsheet.adapters.sonarr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static dev.callsheet.adapters.sonarr.SonarrClientTest.clientAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The searches the client starts in Sonarr, and the commands it reads back. */
class SonarrSearchesTest {

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final SonarrClient sonarr = clientAt(SONARR.baseUrl());

    private static final String QUEUED = """
            {"id": 1301, "name": "EpisodeSearch", "commandName": "Episode Search",
             "body": {"episodeIds": [2103, 2104], "name": "EpisodeSearch", "trigger": "manual"},
             "priority": "normal", "status": "queued", "queued": "2025-06-02T08:20:00Z", "trigger": "manual"}
            """;

    private static final ServarrCommand QUEUED_COMMAND = new ServarrCommand(
            1301, "EpisodeSearch", Status.QUEUED, Instant.parse("2025-06-02T08:20:00Z"), null, null, null);

    private void sonarrQueues(String command) {
        SONARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(command)));
    }

    @Nested
    class Searching {

        @Test
        void searchesForExactlyTheEpisodesGiven() {
            sonarrQueues(QUEUED);

            ServarrCommand command = sonarr.searchEpisodes(List.of(2103, 2104)).block();

            assertThat(command).isEqualTo(QUEUED_COMMAND);
            SONARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/command"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson("{\"name\": \"EpisodeSearch\", \"episodeIds\": [2103, 2104]}")));
        }

        @Test
        void searchesForASeason() {
            sonarrQueues("""
                    {"id": 1302, "name": "SeasonSearch", "body": {"seriesId": 57, "seasonNumber": 2},
                     "status": "started", "queued": "2025-06-02T08:21:00Z", "started": "2025-06-02T08:21:01Z"}
                    """);

            ServarrCommand command = sonarr.searchSeason(57, 2).block();

            assertThat(command)
                    .isEqualTo(new ServarrCommand(
                            1302,
                            "SeasonSearch",
                            Status.STARTED,
                            Instant.parse("2025-06-02T08:21:00Z"),
                            Instant.parse("2025-06-02T08:21:01Z"),
                            null,
                            null));
            SONARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/command"))
                    .withRequestBody(
                            equalToJson("{\"name\": \"SeasonSearch\", \"seriesId\": 57, \"seasonNumber\": 2}")));
        }

        @Test
        void refusesSearchesForNothing() {
            assertThatIllegalArgumentException().isThrownBy(() -> sonarr.searchEpisodes(List.of()));
            assertThatIllegalArgumentException().isThrownBy(() -> sonarr.searchEpisodes(List.of(-3)));
            assertThatIllegalArgumentException().isThrownBy(() -> sonarr.searchSeason(0, 1));
            assertThatIllegalArgumentException().isThrownBy(() -> sonarr.searchSeason(57, -1));
        }

        @ParameterizedTest
        @CsvSource({"401, UNAUTHORIZED, false", "503, NOT_READY, true", "500, SERVER_ERROR, true"})
        void readsTheStatusAsAKindOfFailureNamingTheCallButNotItsBody(int status, Kind kind, boolean retryable) {
            SONARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                    .willReturn(aResponse().withStatus(status)));

            AdapterFailure failure = failureOf(sonarr.searchEpisodes(List.of(2103)));

            assertThat(failure.kind()).isEqualTo(kind);
            assertThat(failure.retryable()).isEqualTo(retryable);
            assertThat(failure)
                    .hasMessageContaining("(HTTP " + status + " on POST /api/v3/command)")
                    .message()
                    .doesNotContain("2103");
        }
    }

    @Nested
    class ReadingCommands {

        @Test
        void readsACommandByItsId() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command/1301")).willReturn(okJson("""
                    {"id": 1301, "name": "EpisodeSearch", "status": "completed", "result": "successful",
                     "message": "Completed search for 2 episodes. 0 reports downloaded.",
                     "queued": "2025-06-02T08:20:00Z", "started": "2025-06-02T08:20:01Z",
                     "ended": "2025-06-02T08:20:04Z"}
                    """)));

            assertThat(sonarr.command(1301).block())
                    .contains(new ServarrCommand(
                            1301,
                            "EpisodeSearch",
                            Status.COMPLETED,
                            Instant.parse("2025-06-02T08:20:00Z"),
                            Instant.parse("2025-06-02T08:20:01Z"),
                            Instant.parse("2025-06-02T08:20:04Z"),
                            "Completed search for 2 episodes. 0 reports downloaded."));
        }

        @Test
        void findsNoCommandSonarrNoLongerHas() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command/1301"))
                    .willReturn(notFound().withBody("{\"message\": \"NotFound\"}")));

            assertThat(sonarr.command(1301).block()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
            "queued, QUEUED",
            "Started, STARTED",
            "COMPLETED, COMPLETED",
            "failed, FAILED",
            "aborted, ABORTED",
            "cancelled, CANCELLED",
            "orphaned, ORPHANED",
            "paused, UNKNOWN"
        })
        void readsEveryStatusWordAndOneItDoesNotKnow(String word, Status status) {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command/1301"))
                    .willReturn(okJson("{\"id\": 1301, \"name\": \"EpisodeSearch\", \"status\": \"" + word + "\"}")));

            assertThat(sonarr.command(1301).block())
                    .hasValueSatisfying(command -> assertThat(command.status()).isEqualTo(status));
        }

        @Test
        void readsACommandWithoutStatusAsUnknownAndOneWithoutIdAsUnreadable() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .willReturn(okJson("[{\"id\": 1301, \"name\": \"RssSync\"}]")));
            assertThat(sonarr.commands().block())
                    .containsExactly(new ServarrCommand(1301, "RssSync", Status.UNKNOWN, null, null, null, null));

            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .willReturn(okJson("[{\"name\": \"RssSync\", \"status\": \"queued\"}]")));
            assertThat(failureOf(sonarr.commands()).unreadable())
                    .contains(new AdapterFailure.Unreadable("GET /api/v3/command", "[0].id"));
        }
    }

    @Nested
    class QueuedSearches {

        @Test
        void answersTheQueuedAndRunningSearchesWithWhatTheySearchFor() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("""
                    [{"id": 1302, "name": "SeasonSearch", "status": "started", "queued": "2025-06-02T08:21:00Z",
                      "body": {"seriesId": 57, "seasonNumber": 2, "name": "SeasonSearch"}},
                     %s,
                     {"id": 1290, "name": "EpisodeSearch", "status": "completed",
                      "body": {"episodeIds": [2105]}},
                     {"id": 1291, "name": "SeasonSearch", "status": "failed",
                      "body": {"seriesId": 57, "seasonNumber": 1}},
                     {"id": 1303, "name": "RefreshSeries", "status": "started", "body": {"seriesId": 57}},
                     {"id": 1304, "name": "MissingEpisodeSearch", "status": "queued", "body": {}}]
                    """.formatted(QUEUED))));

            assertThat(sonarr.queuedSearches().block())
                    .containsExactly(
                            new SonarrSearch.Season(
                                    new ServarrCommand(
                                            1302,
                                            "SeasonSearch",
                                            Status.STARTED,
                                            Instant.parse("2025-06-02T08:21:00Z"),
                                            null,
                                            null,
                                            null),
                                    57,
                                    2),
                            new SonarrSearch.Episodes(QUEUED_COMMAND, List.of(2103, 2104)));
        }

        @Test
        void readsTheCommandNameAsSonarrDoesWhateverItsCase() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("""
                    [{"id": 1305, "name": "episodeSearch", "status": "queued", "body": {"episodeIds": [2106]}}]
                    """)));

            assertThat(sonarr.queuedSearches().block())
                    .singleElement()
                    .isInstanceOfSatisfying(SonarrSearch.Episodes.class, search -> assertThat(search.episodeIds())
                            .containsExactly(2106));
        }

        @Test
        void leavesOutASeasonSearchThatDoesNotSayWhichSeason() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("""
                    [{"id": 1306, "name": "SeasonSearch", "status": "queued", "body": {"seriesId": 57}},
                     {"id": 1307, "name": "EpisodeSearch", "status": "queued"}]
                    """)));

            assertThat(sonarr.queuedSearches().block())
                    .singleElement()
                    .isEqualTo(new SonarrSearch.Episodes(
                            new ServarrCommand(1307, "EpisodeSearch", Status.QUEUED, null, null, null, null),
                            List.of()));
        }
    }

    @Nested
    class Refreshes {

        private final SonarrClient sonarr = clientAt(SONARR.baseUrl());

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                v3 body, queued                | {"seriesId": 57}                         | queued    | true
                v4 body, started               | {"seriesIds": [57], "isNewSeries": true} | started   | true
                v4 body, another series        | {"seriesIds": [58], "isNewSeries": true} | queued    | false
                every series (no series named) | {"seriesIds": []}                        | started   | false
                ended                          | {"seriesIds": [57]}                      | completed | false
                """)
        void readsARefreshOfTheSeriesStillToEndFromItsBodyInEitherVersion(
                String name, String body, String status, boolean refreshing) {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("""
                    [{"id": 1401, "name": "RefreshSeries", "status": "%s", "body": %s},
                     {"id": 1402, "name": "EpisodeSearch", "status": "queued", "body": {"episodeIds": [57]}}]
                    """.formatted(status, body))));

            assertThat(sonarr.refreshing(57).block()).isEqualTo(refreshing);
        }
    }
}
