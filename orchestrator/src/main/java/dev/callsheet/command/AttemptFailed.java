package dev.callsheet.command;

/**
 * An attempt at a command that failed for a reason of Callsheet's own rather than the service's (a
 * missing configuration, a series the service does not have yet). {@code dev.callsheet.adapters
 * .AdapterFailure} covers the service's reasons.
 */
public final class AttemptFailed extends RuntimeException {

    private final boolean retryable;

    private AttemptFailed(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    /** Trying again later may succeed without anyone changing anything. */
    public static AttemptFailed retryable(String reason) {
        return new AttemptFailed(reason, true);
    }

    /** Trying again cannot help until someone changes something. */
    public static AttemptFailed permanent(String reason) {
        return new AttemptFailed(reason, false);
    }

    public boolean isRetryable() {
        return retryable;
    }
}
