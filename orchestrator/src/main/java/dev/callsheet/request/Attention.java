package dev.callsheet.request;

import java.time.Instant;

/** Something about a request or media item that needs a person: set by a fact, cleared by a later one. */
public record Attention(Kind kind, String message, Instant since) {

    public enum Kind {
        /** The *arr app cannot import a finished download without a person deciding. */
        MANUAL_INTERACTION_REQUIRED,
        /** The library file was deleted (not replaced by an upgrade). */
        FILE_DELETED,
        /**
         * A service answered a command in a shape Callsheet cannot read: a version it does not read yet,
         * or a proxy's page. The message names the service, its version, the call and the field.
         */
        SOURCE_UNREADABLE,
        /** A command was given up for another reason (a refused key, an instance not configured). */
        COMMAND_GIVEN_UP
    }
}
