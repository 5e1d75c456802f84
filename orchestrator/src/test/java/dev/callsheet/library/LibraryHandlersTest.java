package dev.callsheet.library;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.command.AttemptFailed;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.AddMovieToRadarr;
import dev.callsheet.events.command.AddSeriesToSonarr;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.MonitorEpisodes;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.source.InstanceProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The add handlers against stub arrs answering as Radarr's and Sonarr's API documents say: the exact
 * add bodies (root folder, profile, monitored, no search), nothing added when the arr has the media,
 * a 503 retried and a 401 given up.
 */
class LibraryHandlersTest {

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final RequestId REQUEST = RequestId.parse("callsheet-0001-a");
    private static final AddMovieToRadarr ADD_MATRIX =
            new AddMovieToRadarr("decision-1:library", MediaKey.movie(603, false), "radarr", REQUEST, 603, null, null);
    private static final AddSeriesToSonarr ADD_SEVERANCE = new AddSeriesToSonarr(
            "decision-2:library",
            MediaKey.series(371980, false),
            "sonarr",
            REQUEST,
            371980,
            List.of(1, 2),
            LibraryOrder.Seasons.LISTED,
            null,
            null,
            null);

    private static final String PROFILES = """
            [{"id": 4, "name": "HD-1080p"}, {"id": 5, "name": "Ultra-HD"}]""";
    private static final String MOVIE_FOLDERS = """
            [{"id": 1, "path": "/movies/", "accessible": true, "freeSpace": 1993002553344},
             {"id": 2, "path": "/movies-4k/", "accessible": true, "freeSpace": 1993002553344}]""";
    private static final String MATRIX_LOOKUP = """
            {"title": "The Matrix", "tmdbId": 603, "year": 1999, "imdbId": "tt0133093", "monitored": false,
             "hasFile": false}""";
    private static final String MATRIX_ADDED = """
            {"id": 43, "title": "The Matrix", "tmdbId": 603, "year": 1999, "monitored": true, "hasFile": false,
             "path": "/movies/The Matrix (1999)"}""";
    private static final String SEVERANCE_LOOKUP = """
            [{"title": "Severance", "tvdbId": 371980, "year": 2022, "monitored": false,
              "seasons": [{"seasonNumber": 0, "monitored": false}, {"seasonNumber": 1, "monitored": true},
                          {"seasonNumber": 2, "monitored": true}, {"seasonNumber": 3, "monitored": true}],
              "added": "0001-01-01T00:00:00Z"}]""";
    private static final String SEVERANCE_IN_LIBRARY = """
            {"id": 57, "title": "Severance", "tvdbId": 371980, "year": 2022, "monitored": true,
             "seasons": [{"seasonNumber": 0, "monitored": false}, {"seasonNumber": 1, "monitored": false},
                         {"seasonNumber": 2, "monitored": false}, {"seasonNumber": 3, "monitored": true}]}""";

    private final ServiceClients clients = new ServiceClients(instances(), WebClient.builder(), Clock.systemUTC());
    private final MovieAdditions movies = new MovieAdditions(clients, instances());
    private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");
    private static final AddSeriesToSonarr ADD_FUTURE = new AddSeriesToSonarr(
            "decision-6:library",
            MediaKey.series(371980, false),
            "sonarr",
            REQUEST,
            371980,
            List.of(),
            LibraryOrder.Seasons.FUTURE,
            null,
            null,
            null);
    /** Asked for on 2024-05-28, four days before its approval (now). */
    private static final AddSeriesToSonarr ADD_FUTURE_SINCE = new AddSeriesToSonarr(
            "decision-7:library",
            MediaKey.series(371980, false),
            "sonarr",
            REQUEST,
            371980,
            List.of(),
            LibraryOrder.Seasons.FUTURE,
            null,
            null,
            LocalDate.parse("2024-05-28"));
    /**
     * Severance as Sonarr lists it: a special, an episode aired before the request day, one aired on it,
     * one aired after it but before now, one airing an hour after now, one not dated yet. Monitored as
     * Sonarr's {@code future} leaves them on an add.
     */
    private static final String SEVERANCE_EPISODES = """
            [{"id": 1, "seriesId": 57, "seasonNumber": 0, "episodeNumber": 1, "monitored": false},
             {"id": 201, "seriesId": 57, "seasonNumber": 2, "episodeNumber": 1, "airDate": "2024-05-20",
              "airDateUtc": "2024-05-21T01:00:00Z", "monitored": false},
             {"id": 202, "seriesId": 57, "seasonNumber": 2, "episodeNumber": 2, "airDate": "2024-05-28",
              "airDateUtc": "2024-05-29T01:00:00Z", "monitored": false},
             {"id": 203, "seriesId": 57, "seasonNumber": 2, "episodeNumber": 3, "airDate": "2024-05-30",
              "airDateUtc": "2024-05-31T01:00:00Z", "monitored": false},
             {"id": 204, "seriesId": 57, "seasonNumber": 2, "episodeNumber": 4, "airDate": "2024-06-01",
              "airDateUtc": "2024-06-01T11:00:00Z", "monitored": true},
             {"id": 301, "seriesId": 57, "seasonNumber": 3, "episodeNumber": 1, "monitored": true}]""";

    private final SeriesAdditions series = new SeriesAdditions(clients, instances(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Nested
    class AMovie {

        @Test
        void isAddedWithTheConfiguredFolderAndProfileMonitoredAndWithoutASearch() {
            radarrWithoutTheMatrix();

            AddedToLibrary added = fact(movies.attempt(ADD_MATRIX));

            RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/movie")).withRequestBody(equalToJson("""
                    {"title": "The Matrix", "tmdbId": 603, "year": 1999, "qualityProfileId": 4,
                     "rootFolderPath": "/movies/", "monitored": true, "minimumAvailability": "released",
                     "tags": [], "addOptions": {"searchForMovie": false, "monitor": "movieOnly"}}
                    """)));
            assertThat(added)
                    .extracting(
                            AddedToLibrary::arrId,
                            AddedToLibrary::alreadyThere,
                            AddedToLibrary::commandId,
                            AddedToLibrary::requestId)
                    .containsExactly(43, false, ADD_MATRIX.id(), REQUEST);
        }

        @Test
        void takesTheRequestsOwnProfileAndFolderByNameOrId() {
            radarrWithoutTheMatrix();
            var add = new AddMovieToRadarr(
                    "decision-3:library", MediaKey.movie(603, false), "radarr", REQUEST, 603, "Ultra-HD", "2");

            movies.attempt(add);

            RADARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/movie")).withRequestBody(equalToJson("""
                    {"qualityProfileId": 5, "rootFolderPath": "/movies-4k/"}""", false, true)));
        }

        @Test
        void alreadyInRadarrIsNotAddedTwice() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie")).willReturn(okJson("[" + MATRIX_ADDED + "]")));

            AddedToLibrary added = fact(movies.attempt(ADD_MATRIX));

            RADARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/movie")));
            assertThat(added.alreadyThere()).isTrue();
            assertThat(added.arrId()).isEqualTo(43);
        }

        @Test
        void anUnavailableRadarrIsRetriedAndTheNextAttemptAddsOnce() {
            radarrWithoutTheMatrix();
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie"))
                    .inScenario("starting")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(status(503))
                    .willSetStateTo("up"));
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie"))
                    .inScenario("starting")
                    .whenScenarioStateIs("up")
                    .willReturn(okJson("[]")));

            AdapterFailure first = catchThrowableOfType(AdapterFailure.class, () -> movies.attempt(ADD_MATRIX));
            AddedToLibrary added = fact(movies.attempt(ADD_MATRIX));

            assertThat(first.retryable()).isTrue();
            assertThat(added.arrId()).isEqualTo(43);
            RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/movie")));
        }

        @Test
        void aRefusedKeyIsGivenUpWithoutAnAdd() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie")).willReturn(status(401)));

            AdapterFailure failure = catchThrowableOfType(AdapterFailure.class, () -> movies.attempt(ADD_MATRIX));

            assertThat(failure.retryable()).isFalse();
            assertThat(failure.kind()).isEqualTo(AdapterFailure.Kind.UNAUTHORIZED);
            RADARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/movie")));
        }

        @Test
        void aProfileRadarrDoesNotHaveIsGivenUpNamingWhatItHas() {
            radarrWithoutTheMatrix();
            var add = new AddMovieToRadarr(
                    "decision-4:library", MediaKey.movie(603, false), "radarr", REQUEST, 603, "SD", null);

            AttemptFailed failure = catchThrowableOfType(AttemptFailed.class, () -> movies.attempt(add));

            assertThat(failure).hasMessage("'radarr' has no quality profile 'SD'; it has [HD-1080p, Ultra-HD]");
            RADARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/movie")));
        }
    }

    @Nested
    class ASeries {

        @Test
        void isAddedMonitoringOnlyTheRequestedSeasonsWithoutASearch() {
            sonarrWithoutSeverance();

            AddedToLibrary added = fact(series.attempt(ADD_SEVERANCE));

            SONARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/series")).withRequestBody(equalToJson("""
                    {"title": "Severance", "tvdbId": 371980, "qualityProfileId": 4, "languageProfileId": 1,
                     "rootFolderPath": "/tv/", "seasonFolder": true, "monitored": true,
                     "seasons": [{"seasonNumber": 0, "monitored": false},
                                 {"seasonNumber": 1, "monitored": true},
                                 {"seasonNumber": 2, "monitored": true},
                                 {"seasonNumber": 3, "monitored": false}],
                     "addOptions": {"monitor": "unknown", "searchForMissingEpisodes": false,
                                    "searchForCutoffUnmetEpisodes": false,
                                    "ignoreEpisodesWithFiles": false, "ignoreEpisodesWithoutFiles": false}}
                    """)));
            assertThat(added.arrId()).isEqualTo(57);
            assertThat(added.alreadyThere()).isFalse();
        }

        @Test
        void allSeasonsLeaveOutTheSpecials() {
            sonarrWithoutSeverance();
            var all = new AddSeriesToSonarr(
                    "decision-5:library",
                    MediaKey.series(371980, false),
                    "sonarr",
                    REQUEST,
                    371980,
                    List.of(),
                    LibraryOrder.Seasons.ALL,
                    null,
                    null,
                    null);

            series.attempt(all);

            SONARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/series")).withRequestBody(equalToJson("""
                    {"seasons": [{"seasonNumber": 0, "monitored": false}, {"seasonNumber": 1, "monitored": true},
                                 {"seasonNumber": 2, "monitored": true}, {"seasonNumber": 3, "monitored": true}]}
                    """, false, true)));
        }

        @Test
        void alreadyInSonarrHasTheRequestedSeasonsMonitoredInsteadOfAnAdd() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup"))
                    .willReturn(okJson(SEVERANCE_LOOKUP.replace("\"title\"", "\"id\": 57, \"title\""))));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(SEVERANCE_IN_LIBRARY)));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(SEVERANCE_IN_LIBRARY)));

            AddedToLibrary added = fact(series.attempt(ADD_SEVERANCE));

            SONARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/series")));
            SONARR.verify(
                    1,
                    putRequestedFor(urlPathEqualTo("/api/v3/series/57"))
                            .withRequestBody(equalToJson("""
                    {"seasons": [{"seasonNumber": 0, "monitored": false}, {"seasonNumber": 1, "monitored": true},
                                 {"seasonNumber": 2, "monitored": true}, {"seasonNumber": 3, "monitored": true}]}
                    """, false, true)));
            assertThat(added.alreadyThere()).isTrue();
            assertThat(added.arrId()).isEqualTo(57);
        }

        @Test
        void onlyTheEpisodesNotAiredYetAreAddedWithSonarrsFutureMonitoringWithoutASearch() {
            sonarrWithoutSeverance();

            AddedToLibrary added = fact(series.attempt(ADD_FUTURE));

            SONARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/series")).withRequestBody(equalToJson("""
                    {"seasons": [{"seasonNumber": 0, "monitored": false}, {"seasonNumber": 1, "monitored": false},
                                 {"seasonNumber": 2, "monitored": false}, {"seasonNumber": 3, "monitored": false}],
                     "addOptions": {"monitor": "future", "searchForMissingEpisodes": false,
                                    "searchForCutoffUnmetEpisodes": false}}
                    """, false, true)));
            SONARR.verify(0, putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor")));
            assertThat(added.alreadyThere()).isFalse();
        }

        @Test
        void alreadyInSonarrHasExactlyItsEpisodesNotAiredYetMonitored() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup"))
                    .willReturn(okJson(SEVERANCE_LOOKUP.replace("\"title\"", "\"id\": 57, \"title\""))));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(SEVERANCE_IN_LIBRARY)));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(SEVERANCE_IN_LIBRARY)));
            // A special not dated, an episode aired long ago, one aired an hour before now, one airing an
            // hour after, one not dated yet.
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode")).willReturn(okJson("""
                    [{"id": 1, "seriesId": 57, "seasonNumber": 0, "episodeNumber": 1, "monitored": false},
                     {"id": 101, "seriesId": 57, "seasonNumber": 1, "episodeNumber": 1,
                      "airDateUtc": "2022-02-18T02:00:00Z", "monitored": false},
                     {"id": 203, "seriesId": 57, "seasonNumber": 2, "episodeNumber": 3,
                      "airDateUtc": "2024-06-01T09:00:00Z", "monitored": false},
                     {"id": 204, "seriesId": 57, "seasonNumber": 2, "episodeNumber": 4,
                      "airDateUtc": "2024-06-01T11:00:00Z", "monitored": false},
                     {"id": 301, "seriesId": 57, "seasonNumber": 3, "episodeNumber": 1, "monitored": false}]""")));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/episode/monitor")).willReturn(okJson("[]")));

            AddedToLibrary added = fact(series.attempt(ADD_FUTURE));

            SONARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/series")));
            SONARR.verify(
                    1,
                    putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor"))
                            .withRequestBody(equalToJson("{\"episodeIds\": [204, 301], \"monitored\": true}")));
            // The series is monitored, its seasons' flags are left as they were.
            SONARR.verify(
                    1,
                    putRequestedFor(urlPathEqualTo("/api/v3/series/57"))
                            .withRequestBody(equalToJson(SEVERANCE_IN_LIBRARY, false, true)));
            assertThat(added.alreadyThere()).isTrue();
        }

        @Test
        void alreadyInSonarrHasTheEpisodesAiredSinceTheRequestDayMonitoredToo() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup"))
                    .willReturn(okJson(SEVERANCE_LOOKUP.replace("\"title\"", "\"id\": 57, \"title\""))));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(SEVERANCE_IN_LIBRARY)));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(SEVERANCE_IN_LIBRARY)));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode")).willReturn(okJson(SEVERANCE_EPISODES)));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/episode/monitor")).willReturn(okJson("[]")));

            series.attempt(ADD_FUTURE_SINCE);

            SONARR.verify(
                    1,
                    putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor"))
                            .withRequestBody(equalToJson("{\"episodeIds\": [203, 204, 301], \"monitored\": true}")));
        }

        @Test
        void addedWithFutureMonitoringLeavesTheEpisodesAiredSinceTheRequestDayToAfterSonarrsRefresh() {
            sonarrWithoutSeverance();
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode")).willReturn(okJson(SEVERANCE_EPISODES)));

            AddedToLibrary added = fact(series.attempt(ADD_FUTURE_SINCE));

            SONARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/series")).withRequestBody(equalToJson("""
                    {"addOptions": {"monitor": "future", "searchForMissingEpisodes": false,
                                    "searchForCutoffUnmetEpisodes": false}}
                    """, false, true)));
            // Sonarr's refresh after the add would undo it: MonitorEpisodes does it once that refresh has ended.
            SONARR.verify(0, putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor")));
            assertThat(added.alreadyThere()).isFalse();
        }

        @Test
        void addedWithFutureMonitoringOnTheRequestDayHasNothingMoreMonitored() {
            sonarrWithoutSeverance();
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode")).willReturn(okJson(SEVERANCE_EPISODES)));
            var sameDay = new AddSeriesToSonarr(
                    "decision-8:library",
                    MediaKey.series(371980, false),
                    "sonarr",
                    REQUEST,
                    371980,
                    List.of(),
                    LibraryOrder.Seasons.FUTURE,
                    null,
                    null,
                    LocalDate.parse("2024-06-01"));

            series.attempt(sameDay);

            SONARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/series")));
            SONARR.verify(0, putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor")));
        }

        @Test
        void aRefusedKeyIsGivenUpWithoutAnAdd() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup")).willReturn(status(401)));

            AdapterFailure failure = catchThrowableOfType(AdapterFailure.class, () -> series.attempt(ADD_SEVERANCE));

            assertThat(failure.retryable()).isFalse();
            SONARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/series")));
        }
    }

    @Nested
    class EpisodesAiredSinceTheRequest {

        private static final MonitorEpisodes MONITOR = new MonitorEpisodes(
                "delivery-9:monitor",
                MediaKey.series(371980, false),
                "sonarr",
                57,
                List.of(203, 204),
                List.of(EpisodeKey.of(2, 3), EpisodeKey.of(2, 4)));

        private final EpisodeMonitoring monitoring = new EpisodeMonitoring(clients);

        @Test
        void waitForSonarrsRefreshOfTheSeriesWhichWouldUndoThem() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("""
                    [{"id": 88, "name": "RefreshSeries", "status": "started",
                      "body": {"seriesIds": [57], "isNewSeries": true}}]""")));

            AttemptFailed failure = catchThrowableOfType(AttemptFailed.class, () -> monitoring.attempt(MONITOR));

            assertThat(failure.isRetryable()).isTrue();
            SONARR.verify(0, putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor")));
        }

        @Test
        void areSetMonitoredWhenStillUnmonitoredAndWithoutAFileThenListed() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("""
                    [{"id": 88, "name": "RefreshSeries", "status": "completed", "body": {"seriesIds": [57]}}]""")));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                    .inScenario("monitoring")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(okJson(SEVERANCE_EPISODES))
                    .willSetStateTo("listed"));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                    .inScenario("monitoring")
                    .whenScenarioStateIs("listed")
                    .willReturn(okJson(SEVERANCE_EPISODES.replace(
                            "\"airDateUtc\": \"2024-05-31T01:00:00Z\", \"monitored\": false",
                            "\"airDateUtc\": \"2024-05-31T01:00:00Z\", \"monitored\": true"))));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/episode/monitor")).willReturn(okJson("[]")));

            CommandOutcome outcome = monitoring.attempt(MONITOR);

            // 204 is monitored already: only 203 is changed.
            SONARR.verify(
                    1,
                    putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor"))
                            .withRequestBody(equalToJson("{\"episodeIds\": [203], \"monitored\": true}")));
            var listed = (EpisodesResolved) ((CommandOutcome.MediaFact) outcome).event();
            assertThat(listed.sourceEventType()).isEqualTo("MonitorEpisodes");
            assertThat(listed.commandId()).isEqualTo(MONITOR.id());
            assertThat(listed.episodes())
                    .filteredOn(episode -> episode.episode().key().equals(EpisodeKey.of(2, 3)))
                    .singleElement()
                    .satisfies(episode -> assertThat(episode.monitored()).isTrue());
        }

        @Test
        void aRetryAfterTheChangeChangesNothing() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("[]")));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                    .willReturn(okJson(SEVERANCE_EPISODES.replace("\"monitored\": false", "\"monitored\": true"))));

            monitoring.attempt(MONITOR);

            SONARR.verify(0, putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor")));
        }
    }

    private static void radarrWithoutTheMatrix() {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie")).willReturn(okJson("[]")));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie/lookup/tmdb")).willReturn(okJson(MATRIX_LOOKUP)));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/qualityprofile")).willReturn(okJson(PROFILES)));
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/rootfolder")).willReturn(okJson(MOVIE_FOLDERS)));
        RADARR.stubFor(post(urlPathEqualTo("/api/v3/movie"))
                .willReturn(status(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(MATRIX_ADDED)));
    }

    private static void sonarrWithoutSeverance() {
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup")).willReturn(okJson(SEVERANCE_LOOKUP)));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/qualityprofile")).willReturn(okJson(PROFILES)));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/languageprofile"))
                .willReturn(okJson("[{\"id\": 1, \"name\": \"English\"}, {\"id\": 2, \"name\": \"Original\"}]")));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/rootfolder"))
                .willReturn(okJson("[{\"id\": 1, \"path\": \"/tv/\", \"accessible\": true}]")));
        SONARR.stubFor(post(urlPathEqualTo("/api/v3/series"))
                .willReturn(status(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(SEVERANCE_IN_LIBRARY)));
    }

    private static InstanceProperties instances() {
        return new InstanceProperties(Map.of(
                "radarr", instance(SourceKind.RADARR, RADARR.getPort(), "/movies/", "HD-1080p"),
                "sonarr", instance(SourceKind.SONARR, SONARR.getPort(), null, "4")));
    }

    private static InstanceProperties.Instance instance(
            SourceKind kind, int port, String rootFolder, String qualityProfile) {
        return new InstanceProperties.Instance(
                kind,
                URI.create("http://localhost:" + port),
                "key",
                null,
                null,
                false,
                Duration.ofSeconds(5),
                null,
                List.of(),
                InstanceProperties.PlexMode.SCAN,
                rootFolder,
                qualityProfile,
                null);
    }

    private static AddedToLibrary fact(CommandOutcome outcome) {
        return (AddedToLibrary) ((CommandOutcome.MediaFact) outcome).event();
    }
}
