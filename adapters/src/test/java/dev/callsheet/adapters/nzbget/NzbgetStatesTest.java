package dev.callsheet.adapters.nzbget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.callsheet.events.download.JobState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NzbgetStatesTest {

    @ParameterizedTest
    @CsvSource({
        "QUEUED, QUEUED",
        "PAUSED, PAUSED",
        "DOWNLOADING, DOWNLOADING",
        "FETCHING, QUEUED",
        "PP_QUEUED, PROCESSING",
        "LOADING_PARS, PROCESSING",
        "VERIFYING_SOURCES, PROCESSING",
        "REPAIRING, PROCESSING",
        "VERIFYING_REPAIRED, PROCESSING",
        "RENAMING, PROCESSING",
        "POST_UNPACK_RENAMING, PROCESSING",
        "UNPACKING, PROCESSING",
        "MOVING, PROCESSING",
        "EXECUTING_SCRIPT, PROCESSING",
        "PP_FINISHED, PROCESSING"
    })
    void readsEveryQueueStatus(String status, JobState state) {
        assertThat(NzbgetStates.ofGroup(status)).isEqualTo(state);
    }

    @ParameterizedTest
    @CsvSource({
        "SUCCESS/ALL, COMPLETED",
        "SUCCESS/UNPACK, COMPLETED",
        "SUCCESS/PAR, COMPLETED",
        "SUCCESS/HEALTH, COMPLETED",
        "SUCCESS/GOOD, COMPLETED",
        "SUCCESS/MARK, COMPLETED",
        "WARNING/SCRIPT, COMPLETED",
        "WARNING/SKIPPED, COMPLETED",
        "WARNING/SPACE, FAILED",
        "WARNING/PASSWORD, FAILED",
        "WARNING/DAMAGED, FAILED",
        "WARNING/REPAIRABLE, FAILED",
        "WARNING/HEALTH, FAILED",
        "FAILURE/PAR, FAILED",
        "FAILURE/UNPACK, FAILED",
        "FAILURE/MOVE, FAILED",
        "FAILURE/SCAN, FAILED",
        "FAILURE/BAD, FAILED",
        "FAILURE/HEALTH, FAILED",
        "FAILURE/FETCH, FAILED",
        "DELETED/MANUAL, FAILED",
        "DELETED/DUPE, FAILED",
        "DELETED/COPY, FAILED",
        "DELETED/GOOD, FAILED",
        "DELETED/HEALTH, FAILED"
    })
    void readsEveryHistoryStatus(String status, JobState state) {
        assertThat(NzbgetStates.ofHistory(status)).isEqualTo(state);
    }

    @Test
    void refusesStatusesItDoesNotKnow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NzbgetStates.ofGroup("SLEEPING"))
                .withMessageContaining("SLEEPING");
        assertThatIllegalArgumentException().isThrownBy(() -> NzbgetStates.ofHistory("SUCCESS"));
        assertThatIllegalArgumentException().isThrownBy(() -> NzbgetStates.ofHistory(null));
    }
}
