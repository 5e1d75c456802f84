package dev.callsheet.events.download;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a download client job stands, in Callsheet's words; each client's words map into these. */
public enum JobState {
    /** Waiting in the client's queue; nothing transferred yet or not now. */
    QUEUED,
    /** Transferring. */
    DOWNLOADING,
    /** Meant to transfer but making no progress (no peers, no servers). */
    STALLED,
    /** Stopped by a person or a rule. */
    PAUSED,
    /** The client is verifying, repairing or unpacking what it downloaded. */
    PROCESSING,
    /** Finished: all data is there (torrents may go on seeding). */
    COMPLETED,
    /** The client gave up or reports an error. */
    FAILED,
    /**
     * The client's own word is not one Callsheet knows (a newer version's, most likely); the word is
     * kept in the report's client state and nothing is decided on it: the job counts as still in
     * flight, neither completed nor failed nor stalled.
     */
    UNKNOWN;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
