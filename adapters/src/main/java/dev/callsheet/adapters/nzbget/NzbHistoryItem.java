package dev.callsheet.adapters.nzbget;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.List;

/**
 * One finished (or given up) NZB in NZBGet's history, as {@code history(false)} reports it (the fields
 * we read). NZBGet 21 to 25 send every one of them for the NZB and URL entries that call lists (the
 * hidden duplicate entries, which lack the downloaded size, come only with {@code history(true)}), so
 * the id and the size halves stay primitive.
 */
record NzbHistoryItem(
        @JsonProperty("NZBID") long nzbId,
        @JsonProperty("Name") String name,
        @JsonProperty("Status") String status,
        @JsonProperty("FileSizeLo") long fileSizeLo,
        @JsonProperty("FileSizeHi") long fileSizeHi,
        @JsonProperty("DownloadedSizeLo") long downloadedSizeLo,
        @JsonProperty("DownloadedSizeHi") long downloadedSizeHi,
        @JsonProperty("Parameters") List<NzbParameter> parameters) {

    ClientJob toJob() {
        JobState state = NzbgetStates.ofHistory(status);
        long size = NzbParameter.bytes(fileSizeLo, fileSizeHi);
        long downloaded = NzbParameter.bytes(downloadedSizeLo, downloadedSizeHi);
        double progress =
                state == JobState.COMPLETED ? 1.0 : size > 0 ? Math.clamp(downloaded / (double) size, 0.0, 1.0) : 0.0;
        return new ClientJob(
                NzbParameter.jobId(nzbId, parameters),
                name,
                state,
                progress,
                size > 0 ? size : null,
                null,
                0,
                status,
                // The status names the reason itself: FAILURE/HEALTH, DELETED/MANUAL, WARNING/PASSWORD.
                state == JobState.FAILED ? status : null);
    }
}
