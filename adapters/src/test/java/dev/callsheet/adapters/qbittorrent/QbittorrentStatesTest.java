package dev.callsheet.adapters.qbittorrent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.download.JobState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QbittorrentStatesTest {

    @ParameterizedTest
    @CsvSource({
        "error, FAILED",
        "missingFiles, FAILED",
        "uploading, COMPLETED",
        "pausedUP, COMPLETED",
        "stoppedUP, COMPLETED",
        "queuedUP, COMPLETED",
        "stalledUP, COMPLETED",
        "checkingUP, PROCESSING",
        "forcedUP, COMPLETED",
        "allocating, QUEUED",
        "downloading, DOWNLOADING",
        "metaDL, QUEUED",
        "forcedMetaDL, QUEUED",
        "pausedDL, PAUSED",
        "stoppedDL, PAUSED",
        "queuedDL, QUEUED",
        "stalledDL, STALLED",
        "checkingDL, PROCESSING",
        "forcedDL, DOWNLOADING",
        "checkingResumeData, PROCESSING",
        "moving, PROCESSING",
        "unknown, UNKNOWN",
        "STALLEDDL, STALLED",
        "stalleddl, STALLED",
        "PausedUP, COMPLETED",
        "' missingFiles ', FAILED"
    })
    void mapsEveryQbittorrentState(String state, JobState expected) {
        assertThat(QbittorrentStates.of(state)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seedingForever", "stoppedSomehow", ""})
    @NullSource
    void readsWordsItDoesNotKnowAsUnknownAndKeepsThemInTheDetail(String state) {
        assertThat(QbittorrentStates.of(state)).isEqualTo(JobState.UNKNOWN);
        assertThat(QbittorrentStates.failure(state)).isNull();
        if (state != null) {
            assertThat(new TorrentFields("x", state, 0.0, 1L, null, 0L)
                            .toJob("ID")
                            .stateDetail())
                    .isEqualTo(state);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "missingFiles", "MISSINGFILES"})
    void givesAReasonForEveryFailedState(String state) {
        assertThat(QbittorrentStates.failure(state)).isNotBlank();
    }
}
