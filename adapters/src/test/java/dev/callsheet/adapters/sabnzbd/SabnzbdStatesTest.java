package dev.callsheet.adapters.sabnzbd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.download.JobState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SabnzbdStatesTest {

    @ParameterizedTest
    @CsvSource({
        "Queued, QUEUED",
        "Paused, PAUSED",
        "Downloading, DOWNLOADING",
        "Propagating, QUEUED",
        "Fetching, QUEUED",
        "Grabbing, QUEUED",
        "Checking, QUEUED",
        "Idle, QUEUED",
        "Deleted, FAILED",
        "downloading, DOWNLOADING",
        "PAUSED, PAUSED",
        "' Propagating ', QUEUED"
    })
    void readsEveryQueueStatus(String status, JobState state) {
        assertThat(SabnzbdStates.ofQueue(status)).isEqualTo(state);
    }

    @ParameterizedTest
    @CsvSource({
        "Completed, COMPLETED",
        "Failed, FAILED",
        "Queued, PROCESSING",
        "QuickCheck, PROCESSING",
        "Verifying, PROCESSING",
        "Repairing, PROCESSING",
        "Extracting, PROCESSING",
        "Moving, PROCESSING",
        "Running, PROCESSING",
        "Fetching, PROCESSING",
        "completed, COMPLETED",
        "FAILED, FAILED",
        "quickcheck, PROCESSING"
    })
    void readsEveryHistoryStatus(String status, JobState state) {
        assertThat(SabnzbdStates.ofHistory(status)).isEqualTo(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Teleporting", "Completed", ""})
    @NullSource
    void readsQueueWordsItDoesNotKnowAsUnknown(String status) {
        assertThat(SabnzbdStates.ofQueue(status)).isEqualTo(JobState.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Downloading", "Paused", "Archived", ""})
    @NullSource
    void readsHistoryWordsItDoesNotKnowAsUnknown(String status) {
        assertThat(SabnzbdStates.ofHistory(status)).isEqualTo(JobState.UNKNOWN);
    }
}
