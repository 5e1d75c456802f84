package dev.callsheet.request;

import java.time.Instant;

/** Something about a request or media item that needs a person: set by a fact, cleared by a later one. */
public record Attention(Kind kind, String message, Instant since) {

    public enum Kind {
        /** The *arr app cannot import a finished download without a person deciding. */
        MANUAL_INTERACTION_REQUIRED,
        /** The library file was deleted (not replaced by an upgrade). */
        FILE_DELETED
    }
}
