package dev.callsheet.adapters.qbittorrent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QbittorrentSyncTest {

    private static final TorrentFields DOWNLOADING = new TorrentFields("a.mkv", "downloading", 0.5, 1000L, 60L, 10L);

    private final QbittorrentSync full = QbittorrentSync.START.next(
            new MainData(1, true, Map.of("abc1", DOWNLOADING, "def2", DOWNLOADING), List.of()));

    @Test
    void keysJobsByTheUpperCasedInfoHash() {
        assertThat(full.jobs())
                .containsEntry(
                        "ABC1",
                        new ClientJob("ABC1", "a.mkv", JobState.DOWNLOADING, 0.5, 1000L, 60L, 10, "downloading", null));
        assertThat(full.rid()).isEqualTo(1);
        assertThat(full.removed()).isEmpty();
    }

    @Test
    void laysAPartialUpdateOverWhatItHad() {
        TorrentFields finished = new TorrentFields(null, "stalledUP", 1.0, null, null, 0L);

        QbittorrentSync next = full.next(new MainData(2, false, Map.of("abc1", finished), List.of()));

        assertThat(next.jobs().get("ABC1"))
                .isEqualTo(new ClientJob("ABC1", "a.mkv", JobState.COMPLETED, 1.0, 1000L, null, 0, "stalledUP", null));
        assertThat(next.jobs().get("DEF2")).isEqualTo(full.jobs().get("DEF2"));
        assertThat(next.fullUpdate()).isFalse();
    }

    @Test
    void dropsRemovedTorrentsAndReportsThem() {
        QbittorrentSync next = full.next(new MainData(2, false, Map.of(), List.of("def2")));

        assertThat(next.jobs()).containsOnlyKeys("ABC1");
        assertThat(next.removed()).containsExactly("DEF2");
    }

    @Test
    void countsWhatAFullUpdateNoLongerListsAsRemoved() {
        QbittorrentSync resynced = full.next(new MainData(1, true, Map.of("abc1", DOWNLOADING), List.of()));

        assertThat(resynced.jobs()).containsOnlyKeys("ABC1");
        assertThat(resynced.removed()).containsExactly("DEF2");
    }

    @Test
    void readsTheInfiniteEtaAsUnknown() {
        TorrentFields stalled = new TorrentFields(null, "stalledDL", null, null, 8_640_000L, 0L);

        QbittorrentSync next = full.next(new MainData(2, false, Map.of("abc1", stalled), List.of()));

        assertThat(next.jobs().get("ABC1").etaSeconds()).isNull();
        assertThat(next.jobs().get("ABC1").state()).isEqualTo(JobState.STALLED);
    }

    @Test
    void givesAFailedTorrentItsReason() {
        TorrentFields missing = new TorrentFields(null, "missingFiles", null, null, null, null);

        QbittorrentSync next = full.next(new MainData(2, false, Map.of("abc1", missing), List.of()));

        assertThat(next.jobs().get("ABC1").state()).isEqualTo(JobState.FAILED);
        assertThat(next.jobs().get("ABC1").failure()).contains("files");
    }
}
