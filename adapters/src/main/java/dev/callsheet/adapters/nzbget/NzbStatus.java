package dev.callsheet.adapters.nzbget;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.ArrayList;
import java.util.List;

/** NZBGet's overall state from {@code status}: the one download rate it reports, in bytes per second. */
record NzbStatus(@JsonProperty("DownloadRate") long downloadRate) {

    /**
     * The queue's groups as jobs. NZBGet reports no per-job rate; it works through the queue in order,
     * so the first downloading job is given the overall rate and an ETA from it.
     */
    List<ClientJob> jobs(List<NzbGroup> groups) {
        List<ClientJob> jobs = new ArrayList<>();
        boolean rateGiven = false;
        for (NzbGroup group : groups) {
            ClientJob job = group.toJob();
            if (!rateGiven && job.state() == JobState.DOWNLOADING) {
                rateGiven = true;
                job = withRate(job, group.remainingBytes());
            }
            jobs.add(job);
        }
        return List.copyOf(jobs);
    }

    private ClientJob withRate(ClientJob job, long remaining) {
        Long eta = downloadRate > 0 ? Math.ceilDiv(remaining, downloadRate) : null;
        return new ClientJob(
                job.id(),
                job.name(),
                job.state(),
                job.progress(),
                job.size(),
                eta,
                downloadRate,
                job.stateDetail(),
                job.failure());
    }
}
