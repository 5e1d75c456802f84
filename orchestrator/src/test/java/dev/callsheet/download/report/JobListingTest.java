package dev.callsheet.download.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobListingTest {

    @Test
    void takesTheHistorysEntryOfAJobCaughtInBothQueueAndHistory() {
        ClientJob inQueue = job("SABnzbd_nzo_a", JobState.DOWNLOADING);
        ClientJob inHistory = job("SABnzbd_nzo_a", JobState.PROCESSING);
        ClientJob other = job("SABnzbd_nzo_b", JobState.QUEUED);

        JobListing listing = JobListing.merged(List.of(inQueue, other), List.of(inHistory));

        assertThat(listing.jobs()).containsOnlyKeys("SABnzbd_nzo_a", "SABnzbd_nzo_b");
        assertThat(listing.jobs().get("SABnzbd_nzo_a")).isEqualTo(inHistory);
    }

    static Stream<Arguments> busyness() {
        return Stream.of(
                Arguments.of(List.of(), false),
                Arguments.of(List.of(JobState.COMPLETED, JobState.FAILED), false),
                Arguments.of(List.of(JobState.PAUSED, JobState.COMPLETED), false),
                Arguments.of(List.of(JobState.QUEUED), true),
                Arguments.of(List.of(JobState.DOWNLOADING, JobState.COMPLETED), true),
                Arguments.of(List.of(JobState.STALLED), true),
                Arguments.of(List.of(JobState.PROCESSING), true),
                Arguments.of(List.of(JobState.UNKNOWN, JobState.COMPLETED), true));
    }

    @ParameterizedTest(name = "{0}: busy {1}")
    @MethodSource("busyness")
    void isBusyWhileAnyJobIsOnItsWay(List<JobState> states, boolean busy) {
        ClientJob[] jobs = states.stream()
                .map(state -> job(state.id() + states.indexOf(state), state))
                .toArray(ClientJob[]::new);

        assertThat(JobListing.of(Arrays.asList(jobs)).busy()).isEqualTo(busy);
    }

    private static ClientJob job(String id, JobState state) {
        return new ClientJob(id, id, state, 0.5, 100L, null, 0, state.id(), null);
    }
}
