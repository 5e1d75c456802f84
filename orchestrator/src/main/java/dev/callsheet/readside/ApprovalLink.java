package dev.callsheet.readside;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.RequestDecided.Verdict;
import java.time.Instant;
import java.util.Objects;

/**
 * What a one-tap link lets its holder do: decide request {@code request} with {@code verdict}, until
 * {@code expiresAt} (whole seconds). {@link ApprovalLinks} signs it into a token.
 */
public record ApprovalLink(RequestId request, Verdict verdict, Instant expiresAt) {

    public ApprovalLink {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(expiresAt, "expiresAt");
        expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
    }

    /** The same link for the other verdict: the page of one names the other. */
    ApprovalLink other() {
        return new ApprovalLink(request, verdict == Verdict.APPROVE ? Verdict.DECLINE : Verdict.APPROVE, expiresAt);
    }
}
