package dev.callsheet.request;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.DownloadReported;
import java.time.Instant;
import java.util.Optional;

/**
 * What a download client's report does to an item: the status of the download it names and, for a
 * series, the episodes that download serves. A report on a job the item no longer waits for (an
 * earlier attempt of a movie) or one older than the status it would replace changes nothing: reports
 * from a watcher and a script can reach the pipeline out of order.
 */
final class DownloadRules {

    private DownloadRules() {}

    /**
     * @param item the item after the report
     * @param download the reported download as it now stands; null when the report changed nothing
     * @param milestone what the timeline records; empty for a report that only updates the views
     */
    record Reported(MediaItem item, DownloadView download, Optional<DownloadMilestone> milestone) {}

    static Reported reported(MediaItem item, DownloadReported e, Delivery delivery, Instant now) {
        String id = e.report().downloadId().value();
        DownloadView current = find(item, id);
        if (current == null || stale(current.status(), now)) {
            return new Reported(item, null, Optional.empty());
        }
        DownloadStatus before = current.status();
        DownloadStatus after = status(before, e.report(), delivery, now);
        Optional<DownloadMilestone> milestone = DownloadMilestone.between(before, after);
        DownloadView updated = current.withStatus(after);
        MediaItem next = item.download() != null && item.download().is(id) ? item.withDownload(updated) : item;
        if (item.key().type() == MediaType.SERIES) {
            boolean recoveredFromFailure = before != null
                    && before.health() == DownloadHealth.FAILED
                    && milestone.equals(Optional.of(DownloadMilestone.RECOVERED));
            next = EpisodeRules.downloadReported(
                    next.withSeries(next.series().withDownload(updated)),
                    id,
                    milestone.filter(m -> m == DownloadMilestone.FAILED).isPresent(),
                    recoveredFromFailure);
        }
        return new Reported(next, updated, milestone);
    }

    /** A grab's download; a grab naming the job already known (sent again) keeps what its client reported. */
    static DownloadView grabbed(DownloadView known, DownloadView grabbed) {
        return known != null && grabbed.is(known.id()) ? grabbed.withStatus(known.status()) : grabbed;
    }

    private static DownloadView find(MediaItem item, String id) {
        if (item.download() != null && item.download().is(id)) {
            return item.download();
        }
        return item.series().downloads().get(id);
    }

    private static boolean stale(DownloadStatus status, Instant now) {
        return status != null && now.isBefore(status.updatedAt());
    }

    /** The status after {@code report}; what it does not say stays as it was. */
    private static DownloadStatus status(DownloadStatus before, ClientReport report, Delivery delivery, Instant now) {
        ClientChange change = report.change();
        boolean known = before != null;
        boolean added = change == ClientChange.ADDED && known;
        JobState said =
                switch (change) {
                    case COMPLETED -> JobState.COMPLETED;
                    case FAILED -> JobState.FAILED;
                    case STALLED -> JobState.STALLED;
                    case PROGRESS -> report.state() != null ? report.state() : JobState.DOWNLOADING;
                    case ADDED, REMOVED -> known && before.state() != null ? before.state() : report.state();
                };
        // A word the client's adapter did not know is no news: it neither finishes nor fails nor stalls
        // a job, nor undoes any of that. While the job is under way the state reads UNKNOWN and the
        // progress follows; a finished or failed job keeps its state and progress.
        boolean noNews = said == JobState.UNKNOWN && known;
        boolean settled = noNews && (before.completed() || before.health() == DownloadHealth.FAILED);
        JobState state = settled ? before.state() : said;
        DownloadHealth health = (change == ClientChange.REMOVED || noNews) && known ? before.health() : health(state);
        Double progress = known ? before.progress() : null;
        if (report.progress() != null && !settled) {
            progress = Math.round(report.progress() * 1000) / 10.0;
        } else if (state == JobState.COMPLETED) {
            progress = 100.0;
        }
        return new DownloadStatus(
                delivery.source(),
                delivery.instance(),
                state,
                health,
                progress,
                report.size() != null ? report.size() : known ? before.size() : null,
                added ? before.etaSeconds() : report.etaSeconds(),
                added ? before.speed() : report.speed(),
                report.clientState() != null ? report.clientState() : known ? before.clientState() : null,
                health == DownloadHealth.OK
                        ? null
                        : report.reason() != null ? report.reason() : known ? before.reason() : null,
                change == ClientChange.REMOVED || (known && before.removed() && change != ClientChange.ADDED),
                now,
                state != JobState.COMPLETED
                        ? null
                        : known && before.completedAt() != null ? before.completedAt() : now);
    }

    private static DownloadHealth health(JobState state) {
        if (state == JobState.FAILED) {
            return DownloadHealth.FAILED;
        }
        return state == JobState.STALLED ? DownloadHealth.STALLED : DownloadHealth.OK;
    }
}
