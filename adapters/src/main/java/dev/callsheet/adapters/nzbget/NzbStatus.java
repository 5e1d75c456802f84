package dev.callsheet.adapters.nzbget;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.ArrayList;
import java.util.List;

/**
 * NZBGet's overall state from {@code status}: the one download rate it reports, in bytes per second.
 * NZBGet 24.2 added the rate as two 32-bit halves and deprecated {@code DownloadRate}, which it now
 * caps at 2^31 - 1; 21 to 24.1 send only {@code DownloadRate}. None is primitive: a deprecated field
 * may go.
 */
record NzbStatus(
        @JsonProperty("DownloadRate") Long downloadRate,
        @JsonProperty("DownloadRateLo") Long downloadRateLo,
        @JsonProperty("DownloadRateHi") Long downloadRateHi) {

    /** Bytes per second: the halves where NZBGet sends them, else the old field, else 0. */
    long rate() {
        if (downloadRateLo != null) {
            return NzbParameter.bytes(downloadRateLo, downloadRateHi == null ? 0 : downloadRateHi);
        }
        return downloadRate == null ? 0 : Math.max(0, downloadRate);
    }

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
        long downloadRate = rate();
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
