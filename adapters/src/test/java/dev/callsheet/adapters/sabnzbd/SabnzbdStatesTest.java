package dev.callsheet.adapters.sabnzbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.callsheet.events.download.JobState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "Deleted, FAILED"
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
        "Fetching, PROCESSING"
    })
    void readsEveryHistoryStatus(String status, JobState state) {
        assertThat(SabnzbdStates.ofHistory(status)).isEqualTo(state);
    }

    @Test
    void refusesStatusesItDoesNotKnow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SabnzbdStates.ofQueue("downloading"))
                .withMessageContaining("downloading");
        assertThatIllegalArgumentException().isThrownBy(() -> SabnzbdStates.ofHistory("Downloading"));
        assertThatIllegalArgumentException().isThrownBy(() -> SabnzbdStates.ofHistory(null));
    }
}
