package dev.callsheet.request;

import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.upgraded;
import static dev.callsheet.request.PlexFacts.movieCommand;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.given;
import static dev.callsheet.request.Scenario.givenPlex;
import static dev.callsheet.request.Scenario.givenSeriesPlex;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.importComplete;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.season;
import static dev.callsheet.request.SeriesFacts.seasonPackGrabbed;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.EpisodeRef;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An import asks every configured Plex server to show the file: one command per file and server. */
class PlexImportTest {

    @Nested
    class Movie {

        @Test
        void asksThePlexServerToScanTheImportedFile() {
            Outcome outcome = givenPlex(PlexFacts.ONE, autoApproved(42), movieAdded(), grabbed())
                    .when(imported());

            assertThat(outcome.decision().commands())
                    .containsExactly(new RescanPlexFolder(
                            movieCommand(4, "plex"),
                            Facts.DUNE,
                            "plex",
                            new PlexTarget(
                                    MediaType.MOVIE, Facts.FILE, 693134L, "tt15239678", null, List.of(), false, at(4)),
                            true));
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.IMPORTED);
            assertThat(outcome.item().plex().waits()).singleElement().satisfies(wait -> {
                assertThat(wait.commandId()).isEqualTo(movieCommand(4, "plex"));
                assertThat(wait.since()).isEqualTo(at(4));
                assertThat(wait.pending()).isTrue();
            });
        }

        @Test
        void asksEachServerInTurnScanningOnlyWhereItsModeSaysSo() {
            Outcome outcome = givenPlex(PlexFacts.TWO, autoApproved(42)).when(imported());

            assertThat(outcome.decision().commands())
                    .map(PlexImportTest::rescan)
                    .extracting(RescanPlexFolder::instance, RescanPlexFolder::scan, RescanPlexFolder::id)
                    .containsExactly(
                            tuple("basement", false, movieCommand(2, "basement")),
                            tuple("plex", true, movieCommand(2, "plex")));
        }

        @Test
        void onlyLooksWhenTheServerIsObserved() {
            Outcome outcome = givenPlex(PlexFacts.OBSERVING, autoApproved(42)).when(imported());

            assertThat(outcome.decision().commands())
                    .singleElement()
                    .extracting(command -> rescan(command).scan())
                    .isEqualTo(false);
        }

        @Test
        void asksNothingWithoutAPlexServer() {
            Outcome outcome = given(autoApproved(42), movieAdded(), grabbed()).when(imported());

            assertThat(outcome.decision().commands()).isEmpty();
            assertThat(outcome.item().plex().waits()).isEmpty();
        }

        @Test
        void asksToConfirmAnUpgradeWhileTheMovieStaysAvailable() {
            Scenario scenario = givenPlex(PlexFacts.ONE, autoApproved(42), imported());
            scenario.when(PlexFacts.confirmed(movieCommand(2, "plex"), at(2), at(2), at(3)));

            Outcome outcome = scenario.when(upgraded());

            assertThat(outcome.decision().commands()).singleElement().satisfies(command -> {
                assertThat(rescan(command).target().upgrade()).isTrue();
                assertThat(rescan(command).target().path()).isEqualTo(Facts.UPGRADED_FILE);
            });
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.request(42).plex())
                    .extracting(PlexLocation::ratingKey)
                    .containsExactly("182");
        }

        @Test
        void emitsTheSameIdsWhenTheSameFactsAreReplayed() {
            List<Command> first = givenPlex(PlexFacts.TWO, autoApproved(42), grabbed())
                    .when(imported())
                    .decision()
                    .commands();
            List<Command> replayed = givenPlex(PlexFacts.TWO, autoApproved(42), grabbed())
                    .when(imported())
                    .decision()
                    .commands();

            assertThat(replayed).isNotEmpty().isEqualTo(first);
        }
    }

    @Nested
    class SeasonPack {

        private Scenario downloading() {
            return givenSeriesPlex(PlexFacts.ONE, SeriesFacts.autoApproved(42, 1), seriesAdded(), listed())
                    .whenAll(seasonPackGrabbed())
                    .scenario();
        }

        @Test
        void asksForEachFileTheSeasonPackImportsWithItsEpisodes() {
            Scenario scenario = downloading();
            Outcome first = scenario.when(fileImported(episode(1, 1)));
            Outcome second = scenario.when(fileImported(episode(1, 2), episode(1, 3)));

            assertThat(first.decision().commands()).singleElement().satisfies(command -> {
                PlexTarget target = rescan(command).target();
                assertThat(target.type()).isEqualTo(MediaType.SERIES);
                assertThat(target.seriesTvdbId()).isEqualTo(371980L);
                assertThat(target.episodes()).containsExactly(episode(1, 1));
                assertThat(target.path()).isEqualTo(SeriesFacts.path("S01E01", "WEBDL-2160p"));
                assertThat(command.id()).isEqualTo("d-5:plex:plex:" + SeriesFacts.path("S01E01", "WEBDL-2160p"));
            });
            assertThat(second.decision().commands()).singleElement().satisfies(command -> assertThat(
                            rescan(command).target().episodes())
                    .containsExactly(episode(1, 2), episode(1, 3)));
        }

        @Test
        void asksNothingMoreWhenImportCompleteFollowsThePerFileImports() {
            Scenario scenario = downloading();
            scenario.when(fileImported(episode(1, 1)));
            scenario.when(fileImported(episode(1, 2)));

            Outcome outcome = scenario.when(importComplete(2, season(1, 2)));

            assertThat(outcome.decision().commands()).isEmpty();
            assertThat(outcome.item().plex().waits()).hasSize(2);
        }

        @Test
        void asksForEachFileOfAnImportCompleteNoPerFileImportReportedAsTheEpisodesItsNameNumbers() {
            Outcome outcome = downloading().when(importComplete(2, season(1, 2)));

            assertThat(outcome.decision().commands())
                    .map(PlexImportTest::rescan)
                    .extracting(command -> command.target().path(), command -> command.target()
                            .episodes())
                    .containsExactly(
                            tuple(SeriesFacts.path("S01E01", "WEBDL-2160p"), List.of(episode(1, 1))),
                            tuple(SeriesFacts.path("S01E02", "WEBDL-2160p"), List.of(episode(1, 2))));
            assertThat(outcome.item().plex().waits()).hasSize(2);
        }

        @Test
        void skipsAFileOfImportCompleteThatPlexConfirmedAlready() {
            Scenario scenario = downloading();
            EpisodeRef first = episode(1, 1);
            scenario.when(fileImported(first));
            // Plex confirmed the first file; then Sonarr reports the whole download.
            scenario.when(PlexFacts.confirmed(
                    SeriesFacts.AS_SONARR_SAYS,
                    "d-5:plex:plex:" + SeriesFacts.path("S01E01", "WEBDL-2160p"),
                    "plex",
                    PlexFacts.episodePlace(first),
                    List.of(first),
                    at(5),
                    at(5),
                    at(6)));

            Outcome outcome = scenario.when(importComplete(2, season(1, 2)));

            assertThat(outcome.decision().commands())
                    .map(PlexImportTest::rescan)
                    .extracting(command -> command.target().path())
                    .containsExactly(SeriesFacts.path("S01E02", "WEBDL-2160p"));
        }
    }

    static RescanPlexFolder rescan(Command command) {
        return (RescanPlexFolder) command;
    }
}
