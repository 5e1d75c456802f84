package dev.callsheet.normalise.download;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;

/**
 * A job as a client's script names it, and the reports a script can make about it. A script runs on
 * one event and knows nothing of speed or ETA, so those stay null.
 *
 * @param size total bytes; null when the script does not say
 */
public record ScriptJob(DownloadId id, String name, String category, Long size) {

    /** The job appeared in the client; where it stands now is not said. */
    public ClientReport added() {
        return report(ClientChange.ADDED, null, null, null, null);
    }

    /** All data is there. */
    public ClientReport completed(String clientState) {
        return report(ClientChange.COMPLETED, JobState.COMPLETED, 1.0, clientState, null);
    }

    public ClientReport failed(String clientState, String reason) {
        return report(ClientChange.FAILED, JobState.FAILED, null, clientState, reason);
    }

    /** Someone took the job away; nothing failed. */
    public ClientReport removed(String clientState) {
        return report(ClientChange.REMOVED, null, null, clientState, null);
    }

    private ClientReport report(
            ClientChange change, JobState state, Double progress, String clientState, String reason) {
        return new ClientReport(
                id, change, state, name, category, progress, size, null, null, clientState, reason, ReportedBy.SCRIPT);
    }
}
