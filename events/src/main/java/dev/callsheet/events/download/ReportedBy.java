package dev.callsheet.events.download;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How Callsheet learned of a client report. */
public enum ReportedBy {
    /** Callsheet's own poll of the client's API. */
    WATCHER,
    /** A script the client ran on one of its events, posting to {@code /webhooks/<client>}. */
    SCRIPT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
