package dev.callsheet.request;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.JobState;
import java.time.Instant;
import java.util.Objects;

/**
 * A download as its client last reported it, by Callsheet's watcher or by the client's script.
 *
 * @param source the kind of client that reported
 * @param instance the configured client instance that reported
 * @param state where the job stands; null when no report said
 * @param progress per cent done, 0 to 100; null while unknown
 * @param size total bytes as the client counts them; null while unknown
 * @param etaSeconds seconds left as the client estimates; null while unknown or not transferring
 * @param speed bytes per second; null while unknown
 * @param clientState the client's own word for the state ({@code stalledDL}, {@code FAILURE/HEALTH})
 * @param reason why it stalled or failed; null while healthy
 * @param removed whether the job has left the client
 * @param updatedAt when the latest report arrived
 * @param completedAt when the first report saying the job completed arrived; null before, so that the
 *     wait for the import is counted from there however often the client reports afterwards
 */
public record DownloadStatus(
        SourceKind source,
        String instance,
        JobState state,
        DownloadHealth health,
        Double progress,
        Long size,
        Long etaSeconds,
        Long speed,
        String clientState,
        String reason,
        boolean removed,
        Instant updatedAt,
        Instant completedAt) {

    public DownloadStatus {
        Objects.requireNonNull(health, "health");
    }

    boolean completed() {
        return state == JobState.COMPLETED;
    }
}
