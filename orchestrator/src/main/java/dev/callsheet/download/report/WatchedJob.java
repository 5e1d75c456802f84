package dev.callsheet.download.report;

import dev.callsheet.adapters.download.ClientJob;
import java.time.Instant;
import java.util.Objects;

/**
 * What a watcher remembers of one job between polls.
 *
 * @param phase what has been reported about the job's fate so far
 * @param reported the job as the last report sent about it described it
 * @param reportedAt when that report was decided
 * @param seen the job as the last poll listed it, reported or not
 * @param movedAt since when the job has been transferring without its progress changing
 */
public record WatchedJob(Phase phase, ClientJob reported, Instant reportedAt, ClientJob seen, Instant movedAt) {

    /** What has been reported about a job's fate. */
    public enum Phase {
        /** Under way as far as anyone was told. */
        WATCHING,
        /** Reported stalled; the next progress is reported as a recovery. */
        STALLED,
        /** Reported completed: nothing more is said but its removal. */
        COMPLETED,
        /** Reported failed: only a later completion (a retry that worked) or its removal is said. */
        FAILED
    }

    public WatchedJob {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(movedAt, "movedAt");
    }

    /** This memory after a poll that listed {@code job} and reported nothing about it. */
    WatchedJob seenAs(ClientJob job, Instant moved) {
        return new WatchedJob(phase, reported, reportedAt, job, moved);
    }
}
