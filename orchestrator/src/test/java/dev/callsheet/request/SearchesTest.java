package dev.callsheet.request;

import static dev.callsheet.request.Facts.DUNE;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.clientFailed;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.given;
import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.SEVERANCE;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.season;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CheckSearch;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.SearchCommand;
import dev.callsheet.events.command.SearchEpisodes;
import dev.callsheet.events.command.SearchMovie;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Callsheet's own searches: after the grace, of exactly what the requests miss, backing off, at most
 * so many a day, never while a download progresses, and read back once the arr took them up. Facts
 * arrive a minute apart from 2024-06-01T10:00Z (Scenario), when Severance's season 2 has aired its
 * first three episodes (May 17, 24 and 31).
 */
class SearchesTest {

    private static final MediaInfo MOVIE =
            new MediaInfo(dev.callsheet.events.MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, null, false);

    @Nested
    class AMovie {

        @Test
        void isSearchedOnceTheGraceHasPassedWithoutAGrab() {
            Scenario scenario = given(approved(42), movieAdded());

            assertThat(searches(scenario.tick())).isEmpty();
            Outcome due = scenario.tick();

            assertThat(searches(due))
                    .containsExactly(
                            new SearchMovie("movie:tmdb:693134:search:1:2024-06-01T10:04:00Z", DUNE, "radarr", 412, 1));
        }

        @Test
        void isNotSearchedWhenRadarrGrabsWithinTheGrace() {
            Scenario scenario = given(approved(42), movieAdded(), grabbed());

            assertThat(ticks(scenario, 60)).isEmpty();
        }

        @Test
        void isNotSearchedForARequestStillWaitingForADecision() {
            Scenario scenario = given(submitted(42), movieAdded());

            assertThat(ticks(scenario, 10)).isEmpty();
        }

        @Test
        void isNotSearchedWhileRadarrsIdOfItIsUnknown() {
            Scenario scenario = given(approved(42), new MovieAdded(Facts.AS_RADARR_SAYS, "manual", null, "MovieAdded"));

            assertThat(ticks(scenario, 10)).isEmpty();
        }

        @Test
        void isSearchedAgainWhenItsDownloadFailedAndNothingReplacedItWithinTheGrace() {
            Scenario scenario = given(approved(42), movieAdded(), grabbed());
            assertThat(searches(scenario.when(clientFailed("tracker gone")))).isEmpty();

            assertThat(searches(scenario.tick())).isEmpty();
            assertThat(searches(scenario.tick()))
                    .containsExactly(
                            new SearchMovie("movie:tmdb:693134:search:1:2024-06-01T10:06:00Z", DUNE, "radarr", 412, 1));
        }

        @Test
        void aSearchAfterAFailedDownloadIsOnTheFailedRequestsTimeline() {
            Scenario scenario = given(approved(42), movieAdded(), grabbed(), clientFailed("tracker gone"));
            scenario.tick();
            SearchMovie search = (SearchMovie) searches(scenario.tick()).getFirst();

            Outcome started = scenario.when(new SearchStarted(
                    MOVIE, search.id(), "Radarr", "radarr", 78, "MoviesSearch", List.of(), 1, false, "MoviesSearch"));

            assertThat(started.stateOf(42)).isEqualTo(RequestState.FAILED);
            assertThat(started.entryOf(42).summary()).isEqualTo("Searched Radarr for the movie (attempt 1)");
        }

        @Test
        void aGrabStopsTheSearches() {
            Scenario scenario = given(approved(42), movieAdded());
            scenario.later(Duration.ofMinutes(5)).tick();
            scenario.when(grabbed());

            assertThat(ticks(scenario.later(Duration.ofDays(2)), 5)).isEmpty();
        }
    }

    /** The back-off: the grace, then 15 min, 1 h, 6 h, then every 24 h, each from the search before. */
    @Test
    void backsOffWhileTheMovieIsStillMissing() {
        Scenario scenario = given(approved(42), movieAdded());
        scenario.tick();

        List<Instant> at = new ArrayList<>();
        List<Integer> attempts = new ArrayList<>();
        for (int minute = 0; minute < 3 * 24 * 60; minute += 1) {
            for (Command command : searches(scenario.tick())) {
                SearchMovie search = (SearchMovie) command;
                attempts.add(search.attempt());
                at.add(Instant.parse(search.id().substring(search.id().lastIndexOf(":search:") + 10)));
            }
        }

        assertThat(attempts).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(at)
                .containsExactly(
                        Instant.parse("2024-06-01T10:04:00Z"),
                        Instant.parse("2024-06-01T10:19:00Z"),
                        Instant.parse("2024-06-01T11:19:00Z"),
                        Instant.parse("2024-06-01T17:19:00Z"),
                        Instant.parse("2024-06-02T17:19:00Z"),
                        Instant.parse("2024-06-03T17:19:00Z"));
    }

    @Test
    void searchesAnItemAtMostMaxPerDayTimesInAnyDay() {
        Scenario scenario = given(approved(42), movieAdded())
                .searching(new SearchPolicy(
                        Duration.ofMinutes(1), List.of(Duration.ofMinutes(1)), 2, Duration.ofHours(1)));

        List<Command> firstDay = ticks(scenario, 24 * 60 - 10);
        List<Command> after = ticks(scenario, 20);

        assertThat(firstDay).hasSize(2);
        assertThat(after).hasSize(2);
    }

    @Test
    void searchesTheSameWayWhenReplayed() {
        List<Command> first = ticks(given(approved(42), movieAdded()), 30);
        List<Command> second = ticks(given(approved(42), movieAdded()), 30);

        assertThat(first).hasSize(2).isEqualTo(second);
    }

    @Nested
    class ASeries {

        static Stream<Arguments> scopes() {
            List<EpisodeRef> aired = season(2, 3);
            return Stream.of(
                    Arguments.of(
                            "the aired episodes of the season without a file: not the unaired, not season 1",
                            List.of(2),
                            List.of(aired.getFirst()),
                            List.of(new SearchEpisodes(
                                    "series:tvdb:371980:search:1:2024-06-01T10:05:00Z:episodes",
                                    SEVERANCE,
                                    "sonarr",
                                    12,
                                    null,
                                    List.of(2002, 2003),
                                    List.of(EpisodeKey.of(2, 2), EpisodeKey.of(2, 3)),
                                    1))),
                    Arguments.of(
                            "a season that finished airing without any file: a season search",
                            List.of(1),
                            List.of(),
                            List.of(new SearchEpisodes(
                                    "series:tvdb:371980:search:1:2024-06-01T10:05:00Z:season-1",
                                    SEVERANCE,
                                    "sonarr",
                                    12,
                                    1,
                                    season(1, 9).stream()
                                            .map(EpisodeRef::sonarrEpisodeId)
                                            .toList(),
                                    season(1, 9).stream().map(EpisodeRef::key).toList(),
                                    1))),
                    Arguments.of(
                            "a finished season with one file: its other episodes one by one",
                            List.of(1),
                            List.of(episode(1, 5)),
                            List.of(new SearchEpisodes(
                                    "series:tvdb:371980:search:1:2024-06-01T10:05:00Z:episodes",
                                    SEVERANCE,
                                    "sonarr",
                                    12,
                                    null,
                                    List.of(1001, 1002, 1003, 1004, 1006, 1007, 1008, 1009),
                                    season(1, 9).stream()
                                            .map(EpisodeRef::key)
                                            .filter(key -> key.episode() != 5)
                                            .toList(),
                                    1))),
                    Arguments.of("nothing missing: no search", List.of(2), aired, List.of()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("scopes")
        void searchesExactlyWhatTheScopeMisses(
                String name, List<Integer> seasons, List<EpisodeRef> withFile, List<Command> expected) {
            Scenario scenario = givenSeries(
                    SeriesFacts.approved(42, seasons.toArray(Integer[]::new)), seriesAdded(), listed(withFile));
            // The listing arrives at 10:03: the grace ends at 10:05, the second tick.
            scenario.tick();

            assertThat(searches(scenario.tick())).isEqualTo(expected);
        }

        @Test
        void searchesBothSeasonsOfARequestTheirOwnWay() {
            Scenario scenario = givenSeries(SeriesFacts.approved(42, 1, 2), seriesAdded(), listed());
            scenario.tick();

            List<Command> commands = searches(scenario.tick());

            assertThat(commands)
                    .extracting(command -> ((SearchEpisodes) command).season())
                    .containsExactly(1, null);
            assertThat(((SearchEpisodes) commands.get(1)).episodeIds()).containsExactly(2001, 2002, 2003);
        }

        @Test
        void waitsWhileADownloadOfTheSeriesProgressesAndSearchesOnceItFailed() {
            Scenario scenario = givenSeries(
                    SeriesFacts.approved(42, 2),
                    seriesAdded(),
                    listed(),
                    SeriesFacts.grabbed(List.of(episode(2, 1)), "Severance.S02E01", "AA11"));

            assertThat(ticks(scenario, 30)).isEmpty();

            scenario.when(Facts.reported("AA11", ClientChange.FAILED, JobState.FAILED, null, "tracker gone"));
            List<Command> commands = ticks(scenario, 3);
            assertThat(commands).hasSize(1);
            assertThat(((SearchEpisodes) commands.getFirst()).episodes())
                    .containsExactly(EpisodeKey.of(2, 1), EpisodeKey.of(2, 2), EpisodeKey.of(2, 3));
        }

        @Test
        void leavesAnEpisodeStuckAtImportToAPerson() {
            Scenario scenario = givenSeries(
                    SeriesFacts.approved(42, 2),
                    seriesAdded(),
                    listed(),
                    SeriesFacts.grabbed(List.of(episode(2, 1)), "Severance.S02E01", "AA11"),
                    new ManualInteractionRequired(
                            SeriesFacts.AS_SONARR_SAYS,
                            new DownloadRef(DownloadId.of("AA11"), "qBittorrent", "qBittorrent"),
                            "warning",
                            List.of("No files found are eligible for import"),
                            List.of(episode(2, 1)),
                            "ManualInteractionRequired"));

            List<Command> commands = ticks(scenario, 3);

            assertThat(commands).hasSize(1);
            assertThat(((SearchEpisodes) commands.getFirst()).episodes())
                    .containsExactly(EpisodeKey.of(2, 2), EpisodeKey.of(2, 3));
        }

        @Test
        void searchesANewlyAiredEpisodeAfterTheGrace() {
            Scenario scenario = givenSeries(SeriesFacts.approved(42, 2), seriesAdded(), listed(season(2, 3)));
            assertThat(ticks(scenario, 10)).isEmpty();

            // Episode 4 airs on 2024-06-07.
            scenario.later(Duration.ofDays(6)).tick();
            List<Command> commands = ticks(scenario, 3);

            assertThat(commands).hasSize(1);
            assertThat(((SearchEpisodes) commands.getFirst()).episodes()).containsExactly(EpisodeKey.of(2, 4));
            assertThat(((SearchEpisodes) commands.getFirst()).attempt()).isEqualTo(1);
        }
    }

    @Nested
    class TheOutcome {

        private static final String SEARCH = "movie:tmdb:693134:search:1:2024-06-01T10:04:00Z";

        @Test
        void isOnTheTimelineWhenRadarrTookTheSearchUp() {
            Scenario scenario = given(approved(42), movieAdded());
            scenario.tick();
            scenario.tick();

            Outcome started = scenario.when(started(false));

            assertThat(started.entryOf(42).summary()).isEqualTo("Searched Radarr for the movie (attempt 1)");
        }

        @Test
        void isReadBackAfterAMinuteAndAgainWhileTheSearchRuns() {
            Scenario scenario = given(approved(42), movieAdded());
            scenario.tick();
            scenario.tick();
            scenario.when(started(false));

            List<Command> checks = scenario.tick().decision().commands();
            assertThat(checks)
                    .containsExactly(
                            new CheckSearch(SEARCH + ":check:1", DUNE, SourceKind.RADARR, "radarr", SEARCH, 77));

            Outcome running = scenario.when(checked("STARTED", false, null));
            assertThat(running.decision().timeline()).isEmpty();
            assertThat(scenario.tick().decision().commands())
                    .containsExactly(
                            new CheckSearch(SEARCH + ":check:2", DUNE, SourceKind.RADARR, "radarr", SEARCH, 77));
        }

        @Test
        void stopsReadingASearchThatNeverEnds() {
            Scenario scenario = given(approved(42), movieAdded())
                    .searching(new SearchPolicy(
                            Duration.ofMinutes(2), List.of(Duration.ofDays(1)), 4, Duration.ofMinutes(1)));
            scenario.tick();
            scenario.tick();
            scenario.when(started(false));

            long checks = 0;
            for (int i = 0; i < 45; i++) {
                checks += scenario.tick().decision().commands().stream()
                        .filter(CheckSearch.class::isInstance)
                        .count();
            }

            assertThat(checks).isEqualTo(SearchRules.MAX_CHECKS);
            assertThat(scenario.item().searches().running()).isEmpty();
        }

        @Test
        void saysWhatTheSearchFoundOnceItEnded() {
            Scenario scenario = given(approved(42), movieAdded());
            scenario.tick();
            scenario.tick();
            scenario.when(started(false));
            scenario.tick();

            Outcome ended = scenario.when(checked("COMPLETED", true, "Completed. 0 reports downloaded."));

            assertThat(ended.entryOf(42).summary()).isEqualTo("Radarr's search ended: 0 reports downloaded");
            assertThat(scenario.tick().decision().commands()).isEmpty();
        }

        @Test
        void wordsRadarrsLastWordWithoutTheCompletion() {
            SearchChecked ended = new SearchChecked(
                    MOVIE,
                    "c",
                    SEARCH,
                    "Radarr",
                    "radarr",
                    77,
                    "COMPLETED",
                    true,
                    "Completed search for 1 movies. 0 reports downloaded.",
                    "CheckSearch");

            assertThat(SearchWording.checked(ended)).isEqualTo("Radarr's search ended: 0 reports downloaded");
        }

        @Test
        void wordsTheEpisodesSearched() {
            SearchStarted e = new SearchStarted(
                    SeriesFacts.AS_SONARR_SAYS,
                    "s",
                    "Sonarr",
                    "sonarr",
                    5,
                    "EpisodeSearch",
                    List.of(episode(2, 3), episode(2, 4)),
                    3,
                    false,
                    "EpisodeSearch");

            assertThat(SearchWording.started(e)).isEqualTo("Searched Sonarr for S02E03, S02E04 (attempt 3)");
        }

        private static SearchStarted started(boolean alreadyQueued) {
            return new SearchStarted(
                    MOVIE, SEARCH, "Radarr", "radarr", 77, "MoviesSearch", List.of(), 1, alreadyQueued, "MoviesSearch");
        }

        private static SearchChecked checked(String status, boolean ended, String message) {
            return new SearchChecked(
                    MOVIE, SEARCH + ":check", SEARCH, "Radarr", "radarr", 77, status, ended, message, "CheckSearch");
        }
    }

    /** The searches {@code n} ticks (a minute apart) asked for. */
    private static List<Command> ticks(Scenario scenario, int n) {
        List<Command> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.addAll(searches(scenario.tick()));
        }
        return all;
    }

    private static List<Command> searches(Outcome outcome) {
        return outcome.decision().commands().stream()
                .filter(command -> command instanceof SearchCommand && !(command instanceof CheckSearch))
                .toList();
    }
}
