package dev.callsheet.adapters.nzbget;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.adapters.download.ClientJob;
import java.util.List;

/**
 * One NZB in NZBGet's download queue, as {@code listgroups} reports it (the fields we read). NZBGet 21
 * to 25 send every one of them for every group, so the id and the size halves stay primitive; the
 * {@code FileSizeMB}-style fields and 25's additions are left unread.
 */
record NzbGroup(
        @JsonProperty("NZBID") long nzbId,
        @JsonProperty("NZBName") String name,
        @JsonProperty("Status") String status,
        @JsonProperty("FileSizeLo") long fileSizeLo,
        @JsonProperty("FileSizeHi") long fileSizeHi,
        @JsonProperty("RemainingSizeLo") long remainingSizeLo,
        @JsonProperty("RemainingSizeHi") long remainingSizeHi,
        @JsonProperty("Parameters") List<NzbParameter> parameters) {

    long remainingBytes() {
        return NzbParameter.bytes(remainingSizeLo, remainingSizeHi);
    }

    /** The group as a job, not yet transferring: the rate and ETA come from {@link NzbStatus}. */
    ClientJob toJob() {
        long size = NzbParameter.bytes(fileSizeLo, fileSizeHi);
        long remaining = remainingBytes();
        double progress = size > 0 ? Math.clamp((size - remaining) / (double) size, 0.0, 1.0) : 0.0;
        return new ClientJob(
                NzbParameter.jobId(nzbId, parameters),
                name,
                NzbgetStates.ofGroup(status),
                progress,
                size > 0 ? size : null,
                null,
                0,
                status,
                null);
    }
}
