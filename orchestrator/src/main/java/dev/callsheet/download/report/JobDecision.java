package dev.callsheet.download.report;

import dev.callsheet.events.download.ClientReport;
import java.util.List;
import java.util.Objects;

/**
 * What one poll decided for one job: the reports to send, in order, and what to remember once all of
 * them are written. Until they are, the watcher keeps what it remembered before, so that the next poll
 * decides them again and nothing is lost.
 *
 * @param jobId the client's id of the job
 * @param after what to remember; null to forget the job (it was removed)
 */
public record JobDecision(String jobId, List<ClientReport> reports, WatchedJob after) {

    public JobDecision {
        Objects.requireNonNull(jobId, "jobId");
        reports = List.copyOf(reports);
    }
}
