package dev.callsheet.download.report;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.time.Duration;
import java.time.Instant;

/** One torrent in the states the rule tables need, and the rules with the default settings. */
final class Jobs {

    static final String DOWNLOAD_ID = "3C6C18D594BF87A38CC6D1E83DA8A9E5E8519C43";
    static final Instant T0 = Instant.parse("2026-03-01T20:00:00Z");
    static final ReportRules RULES = new ReportRules("qBittorrent", Duration.ofSeconds(30), 5, Duration.ofMinutes(15));

    private Jobs() {}

    static ClientJob job(JobState state, double progress, String clientState) {
        return new ClientJob(DOWNLOAD_ID, "Dune.mkv", state, progress, 4_000L, null, 0, clientState, null);
    }

    static ClientJob downloading(double progress) {
        return new ClientJob(
                DOWNLOAD_ID, "Dune.mkv", JobState.DOWNLOADING, progress, 4_000L, 600L, 1_000, "downloading", null);
    }

    static ClientJob failed(String clientState, String failure) {
        return new ClientJob(DOWNLOAD_ID, "Dune.mkv", JobState.FAILED, 0.4, 4_000L, null, 0, clientState, failure);
    }

    /** Remembered as reported at {@link #T0} and seen unchanged since, progress last moving then too. */
    static WatchedJob remembered(WatchedJob.Phase phase, ClientJob job) {
        return new WatchedJob(phase, job, T0, job, T0);
    }

    static ClientJob withSpeed(ClientJob job, long speed) {
        return new ClientJob(
                job.id(),
                job.name(),
                job.state(),
                job.progress(),
                job.size(),
                job.etaSeconds(),
                speed,
                job.stateDetail(),
                job.failure());
    }
}
