package dev.callsheet.adapters.nzbget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.download.JobState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        "PP_FINISHED, PROCESSING",
        "QS_QUEUED, PROCESSING",
        "QS_EXECUTING, PROCESSING",
        "downloading, DOWNLOADING",
        "Paused, PAUSED"
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
        "DELETED/HEALTH, FAILED",
        "FAILURE/INTERNAL_ERROR, FAILED",
        "success/all, COMPLETED",
        "Failure/Health, FAILED"
    })
    void readsEveryHistoryStatus(String status, JobState state) {
        assertThat(NzbgetStates.ofHistory(status)).isEqualTo(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SLEEPING", "SUCCESS/ALL", ""})
    @NullSource
    void readsQueueWordsItDoesNotKnowAsUnknown(String status) {
        assertThat(NzbgetStates.ofGroup(status)).isEqualTo(JobState.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUCCESS", "FAILURE/NEWREASON", "DOWNLOADING", ""})
    @NullSource
    void readsHistoryWordsItDoesNotKnowAsUnknown(String status) {
        assertThat(NzbgetStates.ofHistory(status)).isEqualTo(JobState.UNKNOWN);
    }
}
