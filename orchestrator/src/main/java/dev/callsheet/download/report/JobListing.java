package dev.callsheet.download.report;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every job one download client has as of one poll, by id. A job not listed is gone from the client.
 *
 * @param jobs by the client's job id
 */
public record JobListing(Map<String, ClientJob> jobs) {

    // Paused jobs wait for a person; finished ones have nothing left to report but their removal. A job
    // in a word we do not know may be doing anything, so it is watched as closely as one under way.
    private static final Set<JobState> IN_FLIGHT =
            Set.of(JobState.QUEUED, JobState.DOWNLOADING, JobState.STALLED, JobState.PROCESSING, JobState.UNKNOWN);

    public JobListing {
        jobs = Map.copyOf(jobs);
    }

    public static JobListing of(Collection<ClientJob> jobs) {
        return merged(jobs, List.of());
    }

    /**
     * A usenet client's queue and history as one listing. A job moves from the queue to the history
     * under the same id; when the two answers catch it in both, the history's entry is the later one.
     */
    public static JobListing merged(Collection<ClientJob> queue, Collection<ClientJob> history) {
        Map<String, ClientJob> byId = new LinkedHashMap<>();
        queue.forEach(job -> byId.put(job.id(), job));
        history.forEach(job -> byId.put(job.id(), job));
        return new JobListing(byId);
    }

    /** Whether any job is still on its way: queued, transferring, being post-processed, or in a word not known. */
    public boolean busy() {
        return jobs.values().stream().anyMatch(job -> IN_FLIGHT.contains(job.state()));
    }
}
