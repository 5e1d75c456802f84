package dev.callsheet.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

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
        COMMAND_GIVEN_UP,
        /** An imported file's path maps into no Plex library section of the right type. */
        PLEX_PATH_UNMAPPED,
        /** Plex indexed an imported file but has not matched it to any ids. */
        PLEX_UNMATCHED,
        /** Plex matched an imported file to other ids than the *arr app's. */
        PLEX_MISMATCHED,
        /** Plex did not show an imported file by the deadline, after a re-scan. */
        NOT_IN_LIBRARY;

        /** The kinds a Plex server's confirmation raises and clears. */
        static final Set<Kind> PLEX = EnumSet.of(PLEX_PATH_UNMAPPED, PLEX_UNMATCHED, PLEX_MISMATCHED, NOT_IN_LIBRARY);
    }
}
