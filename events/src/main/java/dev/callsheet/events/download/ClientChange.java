package dev.callsheet.events.download;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a download client report says happened to one job. */
public enum ClientChange {
    /** The job appeared in the client (qBittorrent "torrent added", SABnzbd/NZBGet queue add). */
    ADDED,
    /** The job moved on: progress, speed or ETA changed, or it recovered from a stall. */
    PROGRESS,
    /** The job makes no progress: no data for {@code callsheet.downloads.stall-after}, or the client says so. */
    STALLED,
    /** All data is there; the *arr app imports it next. */
    COMPLETED,
    /** The client gave up on the job, with its reason. */
    FAILED,
    /** The job left the client's queue and history. */
    REMOVED;

    /** The lower-case name used in JSON and in script bodies. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
