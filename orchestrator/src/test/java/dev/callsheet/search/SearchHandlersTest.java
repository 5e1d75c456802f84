package dev.callsheet.search;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CheckSearch;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.SearchEpisodes;
import dev.callsheet.events.command.SearchMovie;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import dev.callsheet.source.InstanceProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The search handlers against stub arrs that answer as {@code radarr.json} and {@code sonarr.json}
 * say: the exact command bodies, nothing posted when the arr has the search queued already, a 503
 * retried and a 401 given up, and the read-back of a search.
 */
class SearchHandlersTest {

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final MediaKey DUNE = MediaKey.movie(693134, false);
    private static final MediaKey SEVERANCE = MediaKey.series(371980, false);
    private static final SearchMovie SEARCH_MOVIE =
            new SearchMovie("movie:tmdb:693134:search:1:2024-06-01T10:04:00Z", DUNE, "radarr", 412, 1);
    private static final SearchEpisodes SEARCH_EPISODES = new SearchEpisodes(
            "series:tvdb:371980:search:3:2024-06-01T10:04:00Z:episodes",
            SEVERANCE,
            "sonarr",
            12,
            null,
            List.of(2003, 2004),
            List.of(EpisodeKey.of(2, 3), EpisodeKey.of(2, 4)),
            3);
    private static final SearchEpisodes SEARCH_SEASON = new SearchEpisodes(
            "series:tvdb:371980:search:1:2024-06-01T10:04:00Z:season-1",
            SEVERANCE,
            "sonarr",
            12,
            1,
            List.of(1001, 1002),
            List.of(EpisodeKey.of(1, 1), EpisodeKey.of(1, 2)),
            1);

    private final ServiceClients clients = new ServiceClients(
            new InstanceProperties(Map.of(
                    "radarr", instance(SourceKind.RADARR, RADARR.getPort()),
                    "sonarr", instance(SourceKind.SONARR, SONARR.getPort()))),
            WebClient.builder(),
            Clock.systemUTC());

    @Nested
    class MoviesSearch {

        @Test
        void postsExactlyTheMoviesSearchForTheMovie() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("[]")));
            RADARR.stubFor(
                    post(urlPathEqualTo("/api/v3/command")).willReturn(okJson(command(901, "MoviesSearch", "queued"))));

            SearchStarted started = (SearchStarted) fact(new MovieSearches(clients).attempt(SEARCH_MOVIE));

            RADARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/command"))
                            .withRequestBody(equalToJson("{\"name\":\"MoviesSearch\",\"movieIds\":[412]}")));
            assertThat(started.arrCommandId()).isEqualTo(901);
            assertThat(started.commandId()).isEqualTo(SEARCH_MOVIE.id());
            assertThat(started.attempt()).isEqualTo(1);
            assertThat(started.alreadyQueued()).isFalse();
        }

        @Test
        void postsNothingWhileRadarrHasASearchForTheMovieQueued() {
            RADARR.stubFor(
                    get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("[" + queuedMovieSearch(877, 412) + "]")));

            SearchStarted started = (SearchStarted) fact(new MovieSearches(clients).attempt(SEARCH_MOVIE));

            RADARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/command")));
            assertThat(started.arrCommandId()).isEqualTo(877);
            assertThat(started.alreadyQueued()).isTrue();
        }

        @Test
        void searchesWhenOnlyAnotherMoviesSearchIsQueued() {
            RADARR.stubFor(
                    get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("[" + queuedMovieSearch(877, 5) + "]")));
            RADARR.stubFor(
                    post(urlPathEqualTo("/api/v3/command")).willReturn(okJson(command(902, "MoviesSearch", "queued"))));

            new MovieSearches(clients).attempt(SEARCH_MOVIE);

            RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/command")));
        }

        @Test
        void anUnavailableRadarrIsRetriedAndTheNextAttemptSearchesOnce() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .inScenario("starting")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(status(503))
                    .willSetStateTo("up"));
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .inScenario("starting")
                    .whenScenarioStateIs("up")
                    .willReturn(okJson("[]")));
            RADARR.stubFor(
                    post(urlPathEqualTo("/api/v3/command")).willReturn(okJson(command(903, "MoviesSearch", "queued"))));
            var searches = new MovieSearches(clients);

            AdapterFailure first = catchThrowableOfType(AdapterFailure.class, () -> searches.attempt(SEARCH_MOVIE));
            SearchStarted started = (SearchStarted) fact(searches.attempt(SEARCH_MOVIE));

            assertThat(first.retryable()).isTrue();
            assertThat(started.arrCommandId()).isEqualTo(903);
            RADARR.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/command")));
        }

        @Test
        void aRefusedKeyIsGivenUpWithoutASearch() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(status(401)));

            AdapterFailure failure =
                    catchThrowableOfType(AdapterFailure.class, () -> new MovieSearches(clients).attempt(SEARCH_MOVIE));

            assertThat(failure.retryable()).isFalse();
            assertThat(failure.kind()).isEqualTo(AdapterFailure.Kind.UNAUTHORIZED);
            RADARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/command")));
        }
    }

    @Nested
    class EpisodeAndSeasonSearch {

        @Test
        void postsExactlyTheEpisodeSearchForTheMissingEpisodes() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("[]")));
            SONARR.stubFor(
                    post(urlPathEqualTo("/api/v3/command")).willReturn(okJson(command(55, "EpisodeSearch", "queued"))));

            SearchStarted started = (SearchStarted) fact(new EpisodeSearches(clients).attempt(SEARCH_EPISODES));

            SONARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/command"))
                            .withRequestBody(equalToJson("{\"name\":\"EpisodeSearch\",\"episodeIds\":[2003,2004]}")));
            assertThat(started.search()).isEqualTo("EpisodeSearch");
            assertThat(started.episodes())
                    .extracting(ref -> ref.key().toString())
                    .containsExactly("S02E03", "S02E04");
            assertThat(started.attempt()).isEqualTo(3);
        }

        @Test
        void postsASeasonSearchForAWholeSeason() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command")).willReturn(okJson("[]")));
            SONARR.stubFor(
                    post(urlPathEqualTo("/api/v3/command")).willReturn(okJson(command(56, "SeasonSearch", "queued"))));

            new EpisodeSearches(clients).attempt(SEARCH_SEASON);

            SONARR.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/api/v3/command"))
                            .withRequestBody(equalToJson(
                                    "{\"name\":\"SeasonSearch\",\"seriesId\":12,\"seasonNumber\":1}", true, true)));
        }

        @Test
        void postsNothingWhileSonarrSearchesTheseEpisodesAlready() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .willReturn(okJson("[{\"id\": 54, \"name\": \"EpisodeSearch\", \"status\": \"started\","
                            + " \"queued\": \"2024-06-01T10:04:00Z\", \"body\": {\"episodeIds\": [2003, 2004]}}]")));

            SearchStarted started = (SearchStarted) fact(new EpisodeSearches(clients).attempt(SEARCH_EPISODES));

            SONARR.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/command")));
            assertThat(started.arrCommandId()).isEqualTo(54);
            assertThat(started.alreadyQueued()).isTrue();
        }
    }

    @Nested
    class ReadBack {

        @Test
        void readsHowTheSearchEnded() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/command/55"))
                    .willReturn(okJson("{\"id\": 55, \"name\": \"EpisodeSearch\", \"status\": \"completed\","
                            + " \"queued\": \"2024-06-01T10:04:00Z\", \"ended\": \"2024-06-01T10:04:09Z\","
                            + " \"message\": \"Episode search completed. 0 reports downloaded.\"}")));

            SearchChecked checked =
                    (SearchChecked) fact(new SearchChecks(clients).attempt(check(SourceKind.SONARR, 55)));

            assertThat(checked.ended()).isTrue();
            assertThat(checked.status()).isEqualTo("COMPLETED");
            assertThat(checked.message()).isEqualTo("Episode search completed. 0 reports downloaded.");
            assertThat(checked.searchId()).isEqualTo(SEARCH_EPISODES.id());
        }

        @Test
        void readsASearchStillRunningAsNotEnded() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command/901"))
                    .willReturn(okJson(command(901, "MoviesSearch", "started"))));

            SearchChecked checked =
                    (SearchChecked) fact(new SearchChecks(clients).attempt(check(SourceKind.RADARR, 901)));

            assertThat(checked.ended()).isFalse();
            RADARR.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/command/901")));
        }

        @Test
        void readsASearchTheArrNoLongerHasAsGone() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command/901")).willReturn(status(404)));

            SearchChecked checked =
                    (SearchChecked) fact(new SearchChecks(clients).attempt(check(SourceKind.RADARR, 901)));

            assertThat(checked.status()).isEqualTo("GONE");
            assertThat(checked.ended()).isTrue();
        }

        private static CheckSearch check(SourceKind arr, int arrCommandId) {
            String searchId = arr == SourceKind.RADARR ? SEARCH_MOVIE.id() : SEARCH_EPISODES.id();
            MediaKey key = arr == SourceKind.RADARR ? DUNE : SEVERANCE;
            return new CheckSearch(searchId + ":check:1", key, arr, arr.id(), searchId, arrCommandId);
        }
    }

    private static MediaEvent fact(CommandOutcome outcome) {
        return ((CommandOutcome.MediaFact) outcome).event();
    }

    private static String command(int id, String name, String status) {
        return "{\"id\": %d, \"name\": \"%s\", \"status\": \"%s\", \"queued\": \"2024-06-01T10:04:00Z\"}"
                .formatted(id, name, status);
    }

    private static String queuedMovieSearch(int id, int movieId) {
        return "{\"id\": %d, \"name\": \"MoviesSearch\", \"status\": \"queued\", \"queued\": \"2024-06-01T10:04:00Z\","
                        .formatted(id)
                + " \"body\": {\"movieIds\": [%d]}}".formatted(movieId);
    }

    private static InstanceProperties.Instance instance(SourceKind kind, int port) {
        return new InstanceProperties.Instance(
                kind,
                URI.create("http://localhost:" + port),
                "key-" + kind.id(),
                null,
                null,
                false,
                Duration.ofSeconds(5));
    }
}
