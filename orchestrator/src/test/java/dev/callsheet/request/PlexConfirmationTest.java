package dev.callsheet.request;

import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.PlexFacts.confirmed;
import static dev.callsheet.request.PlexFacts.found;
import static dev.callsheet.request.PlexFacts.movieCommand;
import static dev.callsheet.request.PlexFacts.notConfirmed;
import static dev.callsheet.request.PlexFacts.scanRequested;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.given;
import static dev.callsheet.request.Scenario.givenPlex;
import static dev.callsheet.request.Scenario.givenSeriesPlex;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.inPlex;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.PlexNotConfirmed.Problem;
import dev.callsheet.request.Attention.Kind;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What Plex's answers do: only a confirmation makes an item available once a Plex server is configured. */
class PlexConfirmationTest {

    private static final String COMMAND = movieCommand(2, "plex");
    private static final String LINK =
            "https://app.plex.tv/desktop/#!/server/a1b2c3d4e5f6/details?key=%2Flibrary%2Fmetadata%2F182";

    /** Request 42 auto-approved, its file imported (delivery 2) and asked for in Plex. */
    private static Scenario waiting() {
        return givenPlex(PlexFacts.ONE, autoApproved(42), imported());
    }

    @Nested
    class Confirmed {

        @Test
        void makesTheMovieAndItsRequestAvailable() {
            Outcome outcome = waiting().when(confirmed(COMMAND, at(2), at(3), at(3)));

            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.entryOf(42).previousState()).isEqualTo("imported");
            assertThat(outcome.item().plex().waits()).isEmpty();
        }

        @Test
        void showsWhereTheMovieIsInPlexWithALinkToIt() {
            Outcome outcome = waiting().when(confirmed(COMMAND, at(2), at(3), at(3)));

            PlexLocation place = new PlexLocation("plex", "1", "Movies", "182", "Dune: Part Two", LINK);
            assertThat(outcome.request(42).plex()).containsExactly(place);
            assertThat(outcome.item().view().plex()).containsExactly(place);
        }

        @Test
        void makesTheConfirmedEpisodesAvailableAndTheRequestFollows() {
            EpisodeRef first = episode(1, 1);
            Scenario scenario = givenSeriesPlex(
                    PlexFacts.ONE, SeriesFacts.autoApproved(42, 1), seriesAdded(), listed(), fileImported(first));

            Outcome outcome = scenario.when(confirmed(
                    SeriesFacts.AS_SONARR_SAYS,
                    "d-4:plex:plex:" + SeriesFacts.path("S01E01", "WEBDL-2160p"),
                    "plex",
                    PlexFacts.episodePlace(first),
                    List.of(first),
                    at(4),
                    at(5),
                    at(5)));

            assertThat(outcome.item().series().episodes().get(first.key()).state())
                    .isEqualTo(EpisodeState.AVAILABLE);
            assertThat(outcome.item()
                            .series()
                            .episodes()
                            .get(episode(1, 2).key())
                            .state())
                    .isEqualTo(EpisodeState.SEARCHING);
            assertThat(outcome.request(42).episodes().counts()).containsEntry("available", 1);
            assertThat(outcome.item().plex().waits()).isEmpty();
        }

        @Test
        void clearsWhatPlexSaidOfTheFileBefore() {
            Scenario scenario = waiting();
            scenario.when(notConfirmed(COMMAND, Problem.UNMATCHED, "indexed as local://182"));

            Outcome outcome = scenario.when(confirmed(COMMAND + ":look:d-4", null, at(3), at(4)));

            assertThat(outcome.item().attention()).isEmpty();
            assertThat(outcome.request(42).attention()).isEmpty();
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
        }
    }

    @Nested
    class NotConfirmed {

        @ParameterizedTest
        @CsvSource({
            "PATH_UNMAPPED, PLEX_PATH_UNMAPPED, Path maps into no library",
            "UNMATCHED, PLEX_UNMATCHED, Not matched",
            "MISMATCHED, PLEX_MISMATCHED, Matched to other ids",
            "NOT_IN_LIBRARY, NOT_IN_LIBRARY, Not in the library"
        })
        void raisesItsAttentionWithoutCallingTheMovieAvailable(Problem problem, Kind kind, String words) {
            Outcome outcome = waiting().when(notConfirmed(COMMAND, problem, "the adapter's detail"));

            Attention expected = new Attention(kind, words + " in Plex 'plex': the adapter's detail", at(3));
            assertThat(outcome.item().attention()).containsExactly(expected);
            assertThat(outcome.request(42).attention()).containsExactly(expected);
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.IMPORTED);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.IMPORTED);
            assertThat(outcome.mediaEntry().summary()).isEqualTo(expected.message());
        }

        @Test
        void isClearedByANewImportOfTheFile() {
            Scenario scenario = waiting();
            scenario.when(notConfirmed(COMMAND, Problem.NOT_IN_LIBRARY, "not found after 90 min"));

            Outcome outcome = scenario.when(imported());

            assertThat(outcome.item().attention()).isEmpty();
            assertThat(outcome.decision().commands()).hasSize(1);
        }

        @Test
        void isClearedByAnUpgradeToAnotherFile() {
            Scenario scenario = waiting();
            scenario.when(notConfirmed(COMMAND, Problem.MISMATCHED, "matched to tmdb://999"));

            Outcome outcome = scenario.when(Facts.upgraded());

            assertThat(outcome.item().attention()).isEmpty();
            assertThat(outcome.item().plex().waits())
                    .singleElement()
                    .satisfies(wait -> assertThat(wait.target().path()).isEqualTo(Facts.UPGRADED_FILE));
        }

        @Test
        void isForgottenWithTheMovieRemovedWithItsFiles() {
            Scenario scenario = waiting();
            scenario.when(notConfirmed(COMMAND, Problem.NOT_IN_LIBRARY, "not found after 90 min"));

            Outcome outcome = scenario.when(Facts.movieDeleted(true));

            assertThat(outcome.item().attention()).isEmpty();
            assertThat(outcome.item().plex().waits()).isEmpty();
        }

        @Test
        void staysWhileAnotherFileIsConfirmed() {
            EpisodeRef first = episode(1, 1);
            EpisodeRef second = episode(1, 2);
            Scenario scenario = givenSeriesPlex(
                    PlexFacts.ONE,
                    SeriesFacts.autoApproved(42, 1),
                    seriesAdded(),
                    listed(),
                    fileImported(first),
                    fileImported(second));
            scenario.when(notConfirmed(
                    SeriesFacts.AS_SONARR_SAYS,
                    "d-4:plex:plex:" + SeriesFacts.path("S01E01", "WEBDL-2160p"),
                    Problem.MISMATCHED,
                    "matched to tvdb://1",
                    SeriesFacts.path("S01E01", "WEBDL-2160p"),
                    List.of(first)));

            Outcome outcome = scenario.when(confirmed(
                    SeriesFacts.AS_SONARR_SAYS,
                    "d-5:plex:plex:" + SeriesFacts.path("S01E02", "WEBDL-2160p"),
                    "plex",
                    PlexFacts.episodePlace(second),
                    List.of(second),
                    at(5),
                    at(6),
                    at(6)));

            assertThat(outcome.item().attention()).extracting(Attention::kind).containsExactly(Kind.PLEX_MISMATCHED);
            assertThat(outcome.item().series().episodes().get(first.key()).state())
                    .isEqualTo(EpisodeState.IMPORTED);
        }
    }

    @Nested
    class Timeline {

        @Test
        void tellsEachStepWithTheTimeSinceTheScan() {
            Scenario scenario = waiting();
            // The scan was asked for 1 s after the import; found 3 s, ready 5 s after the scan.
            var scanned = at(2).plusSeconds(1);

            Outcome scan = scenario.when(scanRequested(COMMAND, scanned));
            Outcome find = scenario.when(found(COMMAND, scanned, scanned.plusSeconds(3)));
            Outcome ready = scenario.when(confirmed(COMMAND, scanned, scanned.plusSeconds(3), scanned.plusSeconds(5)));

            assertThat(scan.mediaEntry().summary()).isEqualTo("Plex 'plex' asked to scan /movies/Dune Part Two (2024)");
            assertThat(find.mediaEntry().summary()).isEqualTo("Found in Plex 'plex' 3 s after the scan");
            assertThat(ready.mediaEntry().summary())
                    .isEqualTo("Ready in Plex 'plex' 5 s after the scan: Dune: Part Two");
            assertThat(ready.mediaEntry().details())
                    .containsEntry("ratingKey", "182")
                    .containsEntry("sectionTitle", "Movies")
                    .containsEntry("readyAt", scanned.plusSeconds(5).toString());
        }

        @Test
        void countsFromTheImportWhenNoScanWasAskedFor() {
            Scenario scenario = givenPlex(PlexFacts.OBSERVING, autoApproved(42), imported());

            Outcome ready = scenario.when(confirmed(COMMAND, null, at(2).plusSeconds(40), at(2).plusSeconds(150)));

            assertThat(ready.mediaEntry().summary())
                    .isEqualTo("Ready in Plex 'plex' 2 min after the import: Dune: Part Two");
        }

        @Test
        void writesScanAndFindWithoutMovingAnything() {
            Scenario scenario = waiting();

            Outcome find = scenario.when(found(COMMAND, at(2), at(3)));

            assertThat(find.mediaEntry().changed()).isFalse();
            assertThat(find.entryOf(42).changed()).isFalse();
            assertThat(find.decision().commands()).isEmpty();
            assertThat(find.item().plex().waits()).singleElement().satisfies(wait -> assertThat(wait.lastHeardAt())
                    .isEqualTo(at(3)));
        }
    }

    @Nested
    class LibraryNew {

        @Test
        void makesNothingAvailableOnceAPlexServerIsConfigured() {
            Outcome outcome = waiting().when(addedToPlex());

            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.IMPORTED);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.IMPORTED);
            assertThat(outcome.entryOf(42).changed()).isFalse();
        }

        @Test
        void asksPlexToLookNowForTheFileWaitedFor() {
            Outcome outcome = waiting().when(addedToPlex());

            assertThat(outcome.decision().commands()).singleElement().satisfies(command -> {
                RescanPlexFolder rescan = PlexImportTest.rescan(command);
                assertThat(rescan.id()).isEqualTo(COMMAND + ":look:d-3");
                assertThat(rescan.scan()).isFalse();
                assertThat(rescan.target().path()).isEqualTo(Facts.FILE);
            });
        }

        @Test
        void asksNothingOnceTheFileIsConfirmed() {
            Scenario scenario = waiting();
            scenario.when(confirmed(COMMAND, at(2), at(3), at(3)));

            Outcome outcome = scenario.when(addedToPlex());

            assertThat(outcome.decision().commands()).isEmpty();
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
        }

        @Test
        void nudgesOnlyTheWaitsOfTheEpisodeItNames() {
            EpisodeRef first = episode(1, 1);
            Scenario scenario = givenSeriesPlex(
                    PlexFacts.ONE,
                    SeriesFacts.autoApproved(42, 1),
                    seriesAdded(),
                    listed(),
                    fileImported(first),
                    fileImported(episode(1, 2)));

            Outcome outcome = scenario.when(inPlex(first));

            assertThat(outcome.decision().commands()).singleElement().satisfies(command -> assertThat(
                            PlexImportTest.rescan(command).target().episodes())
                    .containsExactly(first));
            assertThat(outcome.item().series().episodes().get(first.key()).state())
                    .isEqualTo(EpisodeState.IMPORTED);
        }

        @Test
        void makesTheMovieAvailableByItselfWithoutAPlexServer() {
            Outcome outcome = given(autoApproved(42), imported()).when(addedToPlex());

            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.decision().commands()).isEmpty();
            assertThat(outcome.request(42).plex()).isEmpty();
        }

        @Test
        void makesTheEpisodeAvailableByItselfWithoutAPlexServer() {
            EpisodeRef first = episode(1, 1);
            Outcome outcome = Scenario.givenSeries(
                            SeriesFacts.autoApproved(42, 1), seriesAdded(), listed(), fileImported(first))
                    .when(inPlex(first));

            assertThat(outcome.item().series().episodes().get(first.key()).state())
                    .isEqualTo(EpisodeState.AVAILABLE);
            assertThat(outcome.decision().commands()).isEmpty();
        }
    }
}
