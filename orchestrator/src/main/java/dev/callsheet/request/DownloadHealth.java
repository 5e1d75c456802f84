package dev.callsheet.request;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a download is on its way, as its client reports it. */
public enum DownloadHealth {
    /** Moving, waiting its turn, or done. */
    OK,
    /** No data for a while, or the client says it has no peers or servers. */
    STALLED,
    /** The client gave up on it. */
    FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
