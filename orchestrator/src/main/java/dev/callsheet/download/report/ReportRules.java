package dev.callsheet.download.report;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.download.report.WatchedJob.Phase;
import dev.callsheet.events.DownloadId;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which reports a watcher sends about a client's jobs, decided from what it remembers and what the
 * client lists now:
 *
 * <ul>
 *   <li>a job it does not know: ADDED, followed by STALLED when the client already calls it stalled;
 *       a job already finished (a restart, or done between two polls) only COMPLETED or FAILED;
 *   <li>PROGRESS at most once per {@code progressInterval} and only when something changed, or at
 *       once when progress moved by {@code progressStep} points since the last report;
 *   <li>STALLED once, at once when the client says so, or when a transferring job's progress has not
 *       moved for {@code stallAfter}; after it, only moving progress brings a PROGRESS (recovered);
 *   <li>COMPLETED once, FAILED once (with the client's reason); after COMPLETED nothing but REMOVED,
 *       after FAILED only COMPLETED (a retry that worked) or REMOVED;
 *   <li>REMOVED when a job it knows is no longer listed.
 * </ul>
 *
 * A job in a state the client's adapter did not know ({@link JobState#UNKNOWN}) is no news: it is
 * announced with ADDED and its progress reported like any other, but it never completes, fails,
 * stalls or recovers a job, and while it lasts the stall clock stands reset (it is not known to
 * transfer).
 *
 * @param service the client's name in reasons ({@code qBittorrent})
 * @param progressStep percentage points
 */
public record ReportRules(String service, Duration progressInterval, int progressStep, Duration stallAfter) {

    private static final Set<JobState> TRANSFERRING = Set.of(JobState.DOWNLOADING, JobState.STALLED);

    public ReportRules {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(stallAfter, "stallAfter");
    }

    /** One decision for every job that is remembered or listed, in job id order. */
    public List<JobDecision> decide(Map<String, WatchedJob> known, JobListing listing, Instant now) {
        Set<String> ids = new TreeSet<>(known.keySet());
        ids.addAll(listing.jobs().keySet());
        return ids.stream()
                .map(id -> decide(id, known.get(id), listing.jobs().get(id), now))
                .toList();
    }

    /**
     * @param before null when the job is new to the watcher
     * @param job null when the client no longer lists it
     */
    JobDecision decide(String id, WatchedJob before, ClientJob job, Instant now) {
        if (job == null) {
            return new JobDecision(id, before == null ? List.of() : List.of(removed(id, before)), null);
        }
        return before == null ? first(job, now) : next(before, job, now);
    }

    private JobDecision first(ClientJob job, Instant now) {
        return switch (job.state()) {
            case COMPLETED -> decided(job, Phase.COMPLETED, now, report(ClientChange.COMPLETED, job, null));
            case FAILED -> decided(job, Phase.FAILED, now, report(ClientChange.FAILED, job, failure(job)));
            case STALLED ->
                decided(
                        job,
                        Phase.STALLED,
                        now,
                        report(ClientChange.ADDED, job, null),
                        report(ClientChange.STALLED, job, clientSaysStalled(job)));
            case QUEUED, DOWNLOADING, PAUSED, PROCESSING, UNKNOWN ->
                decided(job, Phase.WATCHING, now, report(ClientChange.ADDED, job, null));
        };
    }

    private JobDecision next(WatchedJob before, ClientJob job, Instant now) {
        // The stall clock runs only while the job transfers and its progress stands still.
        Instant moved = TRANSFERRING.contains(job.state())
                        && TRANSFERRING.contains(before.seen().state())
                        && job.progress() == before.seen().progress()
                ? before.movedAt()
                : now;
        return switch (before.phase()) {
            case COMPLETED -> unreported(before, job, moved);
            case FAILED ->
                job.state() == JobState.COMPLETED
                        ? reported(job, Phase.COMPLETED, now, moved, report(ClientChange.COMPLETED, job, null))
                        : unreported(before, job, moved);
            case WATCHING, STALLED -> underWay(before, job, now, moved);
        };
    }

    private JobDecision underWay(WatchedJob before, ClientJob job, Instant now, Instant moved) {
        if (job.state() == JobState.COMPLETED) {
            return reported(job, Phase.COMPLETED, now, moved, report(ClientChange.COMPLETED, job, null));
        }
        if (job.state() == JobState.FAILED) {
            return reported(job, Phase.FAILED, now, moved, report(ClientChange.FAILED, job, failure(job)));
        }
        if (before.phase() == Phase.STALLED) {
            // Only a word we know says the job is moving again; an unknown one is no news.
            boolean recovered = job.state() != JobState.UNKNOWN
                    && job.progress() > before.reported().progress()
                    && progressDue(before, job, now);
            return recovered
                    ? reported(job, Phase.WATCHING, now, moved, report(ClientChange.PROGRESS, job, null))
                    : unreported(before, job, moved);
        }
        String stall = stall(job, now, moved);
        if (stall != null) {
            return reported(job, Phase.STALLED, now, moved, report(ClientChange.STALLED, job, stall));
        }
        return progressDue(before, job, now)
                ? reported(job, Phase.WATCHING, now, moved, report(ClientChange.PROGRESS, job, null))
                : unreported(before, job, moved);
    }

    private String stall(ClientJob job, Instant now, Instant moved) {
        if (job.state() == JobState.STALLED) {
            return clientSaysStalled(job);
        }
        boolean standing = job.state() == JobState.DOWNLOADING && !now.isBefore(moved.plus(stallAfter));
        return standing ? "no data for " + DurationWords.of(stallAfter) : null;
    }

    private boolean progressDue(WatchedJob before, ClientJob job, Instant now) {
        // Within a rounding error: 0.15 - 0.10 is 0.0499… in binary floating point.
        boolean stepped = Math.abs(job.progress() - before.reported().progress()) * 100 + 1e-9 >= progressStep;
        boolean intervalOver = !now.isBefore(before.reportedAt().plus(progressInterval));
        return stepped || (intervalOver && !job.equals(before.reported()));
    }

    private String clientSaysStalled(ClientJob job) {
        return service + " reports " + job.stateDetail();
    }

    private static String failure(ClientJob job) {
        return job.failure() != null ? job.failure() : job.stateDetail();
    }

    private static JobDecision decided(ClientJob job, Phase phase, Instant now, ClientReport... reports) {
        return new JobDecision(job.id(), List.of(reports), new WatchedJob(phase, job, now, job, now));
    }

    private static JobDecision reported(ClientJob job, Phase phase, Instant now, Instant moved, ClientReport report) {
        return new JobDecision(job.id(), List.of(report), new WatchedJob(phase, job, now, job, moved));
    }

    private static JobDecision unreported(WatchedJob before, ClientJob job, Instant moved) {
        return new JobDecision(job.id(), List.of(), before.seenAs(job, moved));
    }

    private static ClientReport report(ClientChange change, ClientJob job, String reason) {
        // A stall is where the job stands now, whatever word the client still uses for it.
        JobState state = change == ClientChange.STALLED ? JobState.STALLED : job.state();
        return new ClientReport(
                new DownloadId(job.id()),
                change,
                state,
                job.name(),
                null,
                // Clients' float arithmetic can overshoot 1.0 by an ulp; the contract allows 0..1.
                Math.clamp(job.progress(), 0.0, 1.0),
                job.size(),
                job.etaSeconds(),
                job.speed(),
                job.stateDetail(),
                reason,
                ReportedBy.WATCHER);
    }

    private static ClientReport removed(String id, WatchedJob before) {
        return new ClientReport(
                new DownloadId(id),
                ClientChange.REMOVED,
                null,
                before.seen().name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ReportedBy.WATCHER);
    }
}
