package dev.callsheet.adapters.download;

import dev.callsheet.events.download.JobState;
import java.util.Objects;

/**
 * One job as a download client reports it.
 *
 * @param id the client's id of the job as the *arr apps store it: info-hash (any case) for torrents,
 *     {@code nzo_id} for SABnzbd, the {@code drone} parameter (or the NZBID) for NZBGet
 * @param progress 0.0 to 1.0
 * @param size total bytes; null when the client does not know yet
 * @param etaSeconds null when unknown or not downloading
 * @param speed bytes per second; 0 when not transferring
 * @param stateDetail the client's own state word, kept for the timeline ("stalledDL", "Failed")
 * @param failure why the client failed it; null unless {@code state} is FAILED
 */
public record ClientJob(
        String id,
        String name,
        JobState state,
        double progress,
        Long size,
        Long etaSeconds,
        long speed,
        String stateDetail,
        String failure) {

    public ClientJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
