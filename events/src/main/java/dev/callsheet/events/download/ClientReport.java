package dev.callsheet.events.download;

import dev.callsheet.events.DownloadId;
import java.util.Objects;

/**
 * What a download client said about one of its jobs. Which client and instance said it is the
 * delivery's source and instance. Fields the report does not know are null: a script knows less
 * than a watcher.
 *
 * @param downloadId the job's id as the *arr apps store it (info-hash, {@code nzo_id}, NZBGet's
 *     {@code drone} parameter)
 * @param state where the job stands after the change; null when the report does not say
 * @param name the job's name in the client
 * @param progress 0.0 to 1.0
 * @param size total bytes
 * @param etaSeconds seconds until done, as the client estimates
 * @param speed bytes per second
 * @param clientState the client's own word for the job's state ({@code stalledDL}, {@code
 *     FAILURE/HEALTH})
 * @param reason why the job failed or stalled, in the client's or the watcher's words
 */
public record ClientReport(
        DownloadId downloadId,
        ClientChange change,
        JobState state,
        String name,
        String category,
        Double progress,
        Long size,
        Long etaSeconds,
        Long speed,
        String clientState,
        String reason,
        ReportedBy via) {

    public ClientReport {
        Objects.requireNonNull(downloadId, "downloadId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(via, "via");
        if (progress != null && (progress < 0 || progress > 1 || progress.isNaN())) {
            throw new IllegalArgumentException("progress must lie between 0 and 1: " + progress);
        }
    }

    /** The vendor-neutral event name recorded as the source's last event: {@code watcher:progress}. */
    public String eventType() {
        return via.id() + ":" + change.id();
    }
}
