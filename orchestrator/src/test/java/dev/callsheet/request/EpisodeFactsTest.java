package dev.callsheet.request;

import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.autoApproved;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileDeleted;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.grabbed;
import static dev.callsheet.request.SeriesFacts.inPlex;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.path;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static dev.callsheet.request.SeriesFacts.seriesDeleted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.ManualInteractionRequired;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What single-episode facts do to an episode, each from the state it starts in. */
class EpisodeFactsTest {

    private static Episode episodeOf(Outcome outcome, int season, int episode) {
        return outcome.item().series().episodes().get(EpisodeKey.of(season, episode));
    }

    @Nested
    class WhileSearching {

        private final Scenario scenario = givenSeries(autoApproved(42, 1), seriesAdded(), listed());

        @Test
        void importsBothEpisodesOfAMultiEpisodeFile() {
            Outcome outcome = scenario.when(fileImported(episode(1, 1), episode(1, 2)));

            assertThat(List.of(episodeOf(outcome, 1, 1), episodeOf(outcome, 1, 2)))
                    .allSatisfy(episode -> {
                        assertThat(episode.state()).isEqualTo(EpisodeState.IMPORTED);
                        assertThat(episode.file()).isEqualTo(path("S01E01-E02", "WEBDL-2160p"));
                    });
            assertThat(outcome.mediaEntry().summary()).endsWith("for S01E01, S01E02");
            assertThat(outcome.request(42).episodes().counts())
                    .containsEntry("imported", 2)
                    .containsEntry("searching", 7);
        }

        @Test
        void importsAnEpisodeWhoseGrabWasNeverSeen() {
            Outcome outcome = scenario.when(fileImported(episode(1, 3)));

            Episode episode = episodeOf(outcome, 1, 3);
            assertThat(episode.state()).isEqualTo(EpisodeState.IMPORTED);
            assertThat(episode.downloadId()).isEqualTo(SeriesFacts.PACK_HASH);
            assertThat(outcome.mediaEntry().changed()).isFalse();
        }

        @Test
        void keepsTheEpisodeWhereItIsOnALateGrab() {
            scenario.when(fileImported(episode(1, 3)));

            Outcome outcome = scenario.when(grabbed(List.of(episode(1, 3)), "late", "SABnzbd_nzo_late"));

            assertThat(episodeOf(outcome, 1, 3).state()).isEqualTo(EpisodeState.IMPORTED);
            assertThat(outcome.entryOf(42).changed()).isFalse();
        }
    }

    @Nested
    class WhileDownloading {

        private final Scenario scenario =
                givenSeries(autoApproved(42, 1), seriesAdded(), listed(), SeriesFacts.seasonPackGrabbed());

        @Test
        void failsTheEpisodesOfAStuckDownloadAndRaisesAttention() {
            Outcome outcome = scenario.when(new ManualInteractionRequired(
                    SeriesFacts.AS_SONARR_SAYS,
                    new DownloadRef(DownloadId.of(SeriesFacts.PACK_HASH), "qBittorrent", "qBittorrent"),
                    "Warning",
                    List.of("No files found are eligible for import"),
                    List.of(episode(1, 1)),
                    "ManualInteractionRequired"));

            assertThat(episodeOf(outcome, 1, 1).state()).isEqualTo(EpisodeState.FAILED);
            assertThat(outcome.request(42).attention())
                    .extracting(Attention::kind)
                    .containsExactly(Attention.Kind.MANUAL_INTERACTION_REQUIRED);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        }
    }

    @Nested
    class OnceAvailable {

        private final Scenario scenario = givenSeries(
                autoApproved(42, 1), seriesAdded(), listed(), fileImported(episode(1, 1)), inPlex(episode(1, 1)));

        @Test
        void recordsAnUpgradeWithoutMovingTheEpisode() {
            Outcome outcome = scenario.when(fileImported(true, "Remux-2160p", episode(1, 1)));

            Episode episode = episodeOf(outcome, 1, 1);
            assertThat(episode.state()).isEqualTo(EpisodeState.AVAILABLE);
            assertThat(episode.file()).isEqualTo(path("S01E01", "Remux-2160p"));
            assertThat(outcome.entryOf(42).summary()).startsWith("Upgraded to Remux-2160p");
            assertThat(outcome.entryOf(42).changed()).isFalse();
        }

        @Test
        void ignoresTheDeletionOfTheFileAnUpgradeReplaced() {
            Outcome outcome = scenario.when(fileDeleted("upgrade", episode(1, 1)));

            assertThat(episodeOf(outcome, 1, 1).file()).isNotNull();
            assertThat(outcome.item().attention()).isEmpty();
        }

        @Test
        void raisesAttentionWhenTheFileIsDeletedButKeepsTheEpisodeAvailable() {
            Outcome outcome = scenario.when(fileDeleted("manual", episode(1, 1)));

            assertThat(episodeOf(outcome, 1, 1).file()).isNull();
            assertThat(episodeOf(outcome, 1, 1).state()).isEqualTo(EpisodeState.AVAILABLE);
            assertThat(outcome.item().attention())
                    .extracting(Attention::kind)
                    .containsExactly(Attention.Kind.FILE_DELETED);
        }

        @Test
        void cancelsTheRequestWhenTheSeriesIsRemovedWithItsFiles() {
            Outcome outcome = scenario.when(seriesDeleted(true));

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.CANCELLED);
            assertThat(outcome.item().series().episodes()).isEmpty();
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.UNKNOWN);
        }
    }
}
