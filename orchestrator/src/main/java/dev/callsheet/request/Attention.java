package dev.callsheet.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Something about a request or media item that needs a person: set by a fact or by a deadline that
 * passed, cleared by a later fact.
 *
 * @param since when it arose: the fact's time, or the moment a deadline passed
 */
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
        /**
         * Plex did not show an imported file by the deadline, after a re-scan; or an imported request
         * was not available by {@code callsheet.deadlines.available} and Plex had not said so itself.
         */
        NOT_IN_LIBRARY,
        /** A request waited for a decision past {@code callsheet.deadlines.decision}. */
        NOT_DECIDED,
        /** An approved request had nothing grabbed for it by {@code callsheet.deadlines.grab}. */
        NOT_GRABBED,
        /** A grabbed download was not imported by {@code callsheet.deadlines.import}. */
        DOWNLOAD_STALLED,
        /**
         * A download completed in its client and the *arr app had not imported it by {@code
         * callsheet.deadlines.import-after-download}.
         */
        IMPORT_PENDING;

        /** The kinds a Plex server's confirmation raises and clears. */
        static final Set<Kind> PLEX = EnumSet.of(PLEX_PATH_UNMAPPED, PLEX_UNMATCHED, PLEX_MISMATCHED, NOT_IN_LIBRARY);
    }
}
