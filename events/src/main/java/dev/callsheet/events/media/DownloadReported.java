package dev.callsheet.events.media;

import dev.callsheet.events.download.ClientReport;
import java.util.Objects;

/**
 * A download client reported on a job that an *arr app grabbed for this item: it was added, moved
 * on, stalled, completed, failed or was removed. Made by the pipeline once a grab naming the same
 * download id is known; a series' episodes it serves are those whose latest grab named that id.
 *
 * @param report the client's words, as its watcher or script gave them
 * @param sourceEventType {@code watcher:progress}, {@code script:completed}, …
 */
public record DownloadReported(MediaInfo media, ClientReport report, String sourceEventType) implements MediaEvent {

    public DownloadReported {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(report, "report");
    }
}
