package dev.callsheet.adapters.qbittorrent;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.Set;

/**
 * The fields of one torrent we read from {@code sync/maindata}. A partial update carries only what
 * changed, so every field is nullable here and {@link #merge} lays an update over what we had.
 */
record TorrentFields(String name, String state, Double progress, Long size, Long eta, Long dlspeed) {

    static final TorrentFields NONE = new TorrentFields(null, null, null, null, null, null);

    // qBittorrent's "infinite" ETA (100 days in seconds) means it cannot tell.
    private static final long ETA_UNKNOWN = 8_640_000L;

    // For finished torrents qBittorrent's ETA counts down to the share limit, not to a download.
    private static final Set<JobState> TRANSFERRING = Set.of(JobState.QUEUED, JobState.DOWNLOADING, JobState.STALLED);

    TorrentFields merge(TorrentFields update) {
        return new TorrentFields(
                update.name != null ? update.name : name,
                update.state != null ? update.state : state,
                update.progress != null ? update.progress : progress,
                update.size != null ? update.size : size,
                update.eta != null ? update.eta : eta,
                update.dlspeed != null ? update.dlspeed : dlspeed);
    }

    ClientJob toJob(String id) {
        JobState jobState = QbittorrentStates.of(state);
        return new ClientJob(
                id,
                name,
                jobState,
                progress == null ? 0.0 : progress,
                // Before a magnet's metadata arrives qBittorrent reports the size as 0.
                size == null || size <= 0 ? null : size,
                eta == null || eta < 0 || eta >= ETA_UNKNOWN || !TRANSFERRING.contains(jobState) ? null : eta,
                dlspeed == null ? 0 : dlspeed,
                state == null ? "unknown" : state,
                QbittorrentStates.failure(state));
    }
}
