package dev.callsheet.adapters.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice the channel did not accept, or of which nobody knows whether it did. The message says why
 * for the delivery log and never contains a token, a webhook URL's secret or a password.
 */
public final class DeliveryFailure extends RuntimeException {

    /** What went wrong, in terms the retry policy needs. */
    public enum Kind {
        /**
         * The channel asked to slow down (429 and its kin), or failed in a way that may pass (5xx,
         * refused connection, an SMTP 4xx reply): try again, after {@link #retryAfter()} when it is set.
         */
        RETRY,
        /**
         * The notice went out but no answer came (a timeout after the request was written, a connection
         * closed before the reply): trying again may send it twice, unless the channel dedupes on the
         * notice's id.
         */
        UNKNOWN_OUTCOME,
        /**
         * The channel refused the notice for good (401, 403, 404 Unknown Webhook, a bad chat id, an
         * SMTP 5xx): the same notice fails the same way until someone changes the configuration.
         */
        PERMANENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    /** @param retryAfter how long the channel asked to wait; null when it did not say */
    public DeliveryFailure(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailure retry(String message, Duration retryAfter) {
        return new DeliveryFailure(Kind.RETRY, message, retryAfter, null);
    }

    public static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(Kind.PERMANENT, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the channel asked to wait before the next try; empty when it did not say. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
