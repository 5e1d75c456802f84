package dev.callsheet.adapters;

import java.util.Objects;
import java.util.Optional;

/**
 * A call to an outside service that did not give an answer we can use. The {@link Kind} says what
 * went wrong in terms the retry policy needs; the message says it for a person and never contains
 * the service's API key.
 */
public final class AdapterFailure extends RuntimeException {

    /** What went wrong, and whether trying again later can help. */
    public enum Kind {
        /** Connection refused, DNS failure, connect or response timeout: the service may come back. */
        UNREACHABLE(true),
        /** 401 (or the vendor's equivalent): the API key is wrong; retrying cannot fix configuration. */
        UNAUTHORIZED(false),
        /** 503: the *arr apps answer every call with it while they start up. */
        NOT_READY(true),
        /** Any other 4xx: the service understood the call and refused it. */
        REJECTED(false),
        /** 5xx: the service failed while handling the call; often transient (a locked database). */
        SERVER_ERROR(true),
        /** A 2xx whose body is not the JSON we expect: retrying gets the same body. */
        UNREADABLE(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /** Whether the same call may succeed later without anyone changing anything. */
        public boolean retryable() {
            return retryable;
        }

        /** The usual reading of an HTTP error status; clients apply their vendor's quirks first. */
        public static Kind ofStatus(int status) {
            if (status == 401) {
                return UNAUTHORIZED;
            }
            if (status == 503) {
                return NOT_READY;
            }
            return status >= 500 ? SERVER_ERROR : REJECTED;
        }
    }

    /**
     * Where an {@link Kind#UNREADABLE} answer stopped being readable, for the timeline and the admin:
     * enough to tell a vendor's change from a broken proxy without the body.
     *
     * @param call the call, method and path, with any key in it blanked ({@code GET /api/v3/series?tvdbId=72108})
     * @param field the JSON path at which reading failed ({@code [0].tmdbId}); null when the answer as
     *     a whole was wrong (empty, not JSON, a value the translation does not know)
     */
    public record Unreadable(String call, String field) {

        public Unreadable {
            Objects.requireNonNull(call, "call");
        }
    }

    private final Kind kind;
    private final Unreadable unreadable;

    public AdapterFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.unreadable = null;
    }

    /** An {@link Kind#UNREADABLE} answer, with where it stopped being readable. */
    public AdapterFailure(Unreadable unreadable, String message, Throwable cause) {
        super(message, cause);
        this.kind = Kind.UNREADABLE;
        this.unreadable = Objects.requireNonNull(unreadable, "unreadable");
    }

    public Kind kind() {
        return kind;
    }

    /** The call and field of an unreadable answer; empty for other failures and when not known. */
    public Optional<Unreadable> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    public boolean retryable() {
        return kind.retryable();
    }
}
