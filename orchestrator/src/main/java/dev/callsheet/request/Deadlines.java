package dev.callsheet.request;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a request may stand at each stage before it needs a person's look, as the decider's
 * input (like {@link PlexServers}): built from {@code callsheet.deadlines.*}, never read by the core
 * itself. Each stage's clock starts when the request entered it ({@code Request.since}), except the
 * wait for an import after the client completed the download, which starts at that completion.
 *
 * @param decision a request waiting for a decision ({@code requested})
 * @param grab an approved request with nothing grabbed ({@code approved}, {@code searching})
 * @param importing a grabbed request not imported ({@code downloading})
 * @param importAfterDownload a download its client completed, not imported by the *arr app
 * @param available an imported request not available ({@code imported})
 */
public record Deadlines(
        Duration decision, Duration grab, Duration importing, Duration importAfterDownload, Duration available) {

    /** The defaults of {@code callsheet.deadlines.*}. */
    public static final Deadlines DEFAULTS = new Deadlines(
            Duration.ofHours(48),
            Duration.ofHours(24),
            Duration.ofHours(12),
            Duration.ofMinutes(30),
            Duration.ofMinutes(15));

    public Deadlines {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(grab, "grab");
        Objects.requireNonNull(importing, "importing");
        Objects.requireNonNull(importAfterDownload, "importAfterDownload");
        Objects.requireNonNull(available, "available");
    }
}
