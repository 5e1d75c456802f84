package dev.callsheet.request;

import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.PACK;
import static dev.callsheet.request.SeriesFacts.autoApproved;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.importComplete;
import static dev.callsheet.request.SeriesFacts.inPlex;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.season;
import static dev.callsheet.request.SeriesFacts.seasonPackGrabbed;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.EpisodeRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A season pack: one grab of season 1's nine episodes, nine per-file imports, one import complete. */
class SeasonPackTest {

    static Scenario searchingSeasonOne() {
        return givenSeries(autoApproved(42, 1), seriesAdded(), listed());
    }

    static Scenario downloadingThePack() {
        Scenario scenario = searchingSeasonOne();
        scenario.when(seasonPackGrabbed());
        return scenario;
    }

    @Nested
    class WhileSearching {

        @Test
        void movesEveryEpisodeOfThePackToDownloading() {
            Outcome outcome = searchingSeasonOne().when(seasonPackGrabbed());

            assertThat(outcome.item().episodesInScope(Facts.request(42)))
                    .hasSize(9)
                    .allSatisfy(episode -> {
                        assertThat(episode.state()).isEqualTo(EpisodeState.DOWNLOADING);
                        assertThat(episode.release()).isEqualTo(PACK);
                        assertThat(episode.downloadId()).isEqualTo(SeriesFacts.PACK_HASH);
                    });
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        }

        @Test
        void writesOneEntryPerTimelineForTheWholePack() {
            Outcome outcome = searchingSeasonOne().when(seasonPackGrabbed());

            assertThat(outcome.mediaEntry().summary()).endsWith("for 9 episodes, S01E01 to S01E09");
            assertThat(outcome.mediaEntry().state()).isEqualTo("downloading");
            assertThat(outcome.entryOf(42).previousState()).isEqualTo("searching");
            assertThat(outcome.entryOf(42).state()).isEqualTo("downloading");
        }
    }

    @Nested
    class WhileDownloading {

        @Test
        void importsEpisodeByEpisodeAndReachesImportedWithTheLastFile() {
            Scenario scenario = downloadingThePack();
            for (int e = 1; e <= 8; e++) {
                Outcome outcome = scenario.when(fileImported(episode(1, e)));
                assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
                assertThat(outcome.request(42).episodes().counts())
                        .containsEntry("imported", e)
                        .containsEntry("downloading", 9 - e);
            }

            Outcome last = scenario.when(fileImported(episode(1, 9)));

            assertThat(last.stateOf(42)).isEqualTo(RequestState.IMPORTED);
            assertThat(last.entryOf(42).summary())
                    .startsWith("Imported WEBDL-2160p: ")
                    .endsWith("for S01E09");
        }

        @Test
        void closesTheDownloadWithOneEntryCountingTheEpisodes() {
            Scenario scenario = downloadingThePack();
            season(1, 9).forEach(ref -> scenario.when(fileImported(ref)));

            Outcome outcome = scenario.when(importComplete(9, season(1, 9)));

            assertThat(outcome.mediaEntries()).hasSize(1);
            assertThat(outcome.mediaEntry().summary())
                    .isEqualTo("Imported 9 files of " + PACK + ": 9 of 9 episodes in the library");
            assertThat(outcome.entryOf(42).changed()).isFalse();
        }

        @Test
        void importCompleteImportsEpisodesWhoseFileImportWasMissed() {
            Scenario scenario = downloadingThePack();
            season(1, 8).forEach(ref -> scenario.when(fileImported(ref)));

            Outcome outcome = scenario.when(importComplete(9, season(1, 9)));

            assertThat(outcome.item()
                            .series()
                            .episodes()
                            .get(EpisodeKey.of(1, 9))
                            .state())
                    .isEqualTo(EpisodeState.IMPORTED);
            assertThat(outcome.entryOf(42).summary()).contains("9 of 9 episodes in the library");
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.IMPORTED);
        }

        @Test
        void importCompleteWithAFileMissingNamesTheEpisodeLeftOut() {
            Scenario scenario = downloadingThePack();
            season(1, 9).stream()
                    .filter(ref -> ref.key().episode() != 7)
                    .forEach(ref -> scenario.when(fileImported(ref)));

            Outcome outcome = scenario.when(importComplete(8, season(1, 9)));

            assertThat(outcome.mediaEntry().summary()).endsWith("8 of 9 episodes in the library; not imported: S01E07");
            assertThat(outcome.item()
                            .series()
                            .episodes()
                            .get(EpisodeKey.of(1, 7))
                            .state())
                    .isEqualTo(EpisodeState.DOWNLOADING);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        }
    }

    @Nested
    class OnceImported {

        @Test
        void becomesAvailableWhenThePlexHasEveryEpisode() {
            Scenario scenario = downloadingThePack();
            season(1, 9).forEach(ref -> scenario.when(fileImported(ref)));
            Outcome outcome = null;
            for (EpisodeRef ref : season(1, 9)) {
                outcome = scenario.when(inPlex(ref));
            }

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.request(42).episodes().counts()).containsEntry("available", 9);
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
        }
    }
}
