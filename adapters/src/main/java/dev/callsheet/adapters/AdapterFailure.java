package dev.callsheet.adapters;

import java.util.Objects;

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

    private final Kind kind;

    public AdapterFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind.retryable();
    }
}
