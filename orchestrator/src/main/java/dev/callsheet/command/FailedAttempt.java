package dev.callsheet.command;

import dev.callsheet.adapters.AdapterFailure;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One failed attempt at a command, as its handler records it.
 *
 * @param attempt 1 for the first
 * @param error why it failed: an {@link AdapterFailure} for the service's reasons, an {@link
 *     AttemptFailed} for Callsheet's own
 * @param retryIn when the next attempt comes; null when the command is given up
 */
public record FailedAttempt(int attempt, RuntimeException error, Duration retryIn) {

    public FailedAttempt {
        Objects.requireNonNull(error, "error");
    }

    /** What went wrong, without secrets: every message the adapters and handlers write is redacted. */
    public String reason() {
        return error.getMessage();
    }

    /** Where the service's answer stopped being readable, when that was the failure. */
    public Optional<AdapterFailure.Unreadable> unreadable() {
        return error instanceof AdapterFailure failure ? failure.unreadable() : Optional.empty();
    }

    public boolean givenUp() {
        return retryIn == null;
    }
}
