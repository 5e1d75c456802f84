package dev.callsheet.request;

import dev.callsheet.events.media.RequestDecided;
import java.time.Instant;

/**
 * A decision made in Callsheet on a request from a request manager, carried to it and waiting for its
 * webhook to move the request.
 *
 * @param by the admin's name, or {@code rule <name>}
 * @param reason why; null when none was given
 */
public record PendingDecision(String decisionId, RequestDecided.Verdict verdict, String by, String reason, Instant at) {

    static PendingDecision of(RequestDecided decided) {
        return new PendingDecision(
                decided.decisionId(), decided.verdict(), decided.decidedBy(), decided.reason(), decided.decidedAt());
    }
}
