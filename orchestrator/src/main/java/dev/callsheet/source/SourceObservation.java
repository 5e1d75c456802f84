package dev.callsheet.source;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.source.SourceEvent;
import java.time.Instant;

/**
 * One delivery heard from a source, whatever it said: the input of {@link SourceStatus}.
 *
 * @param eventType the vendor's event name; null when the body could not be parsed
 * @param sourceEvent what it said about its own condition, if anything (JSON null when nothing)
 * @param problem why the body could not be used, at most {@link DeadLetter#REASON_LIMIT} characters
 *     like the dead letter's reason; null when it could
 */
public record SourceObservation(
        SourceKind source,
        String instance,
        String deliveryId,
        Instant receivedAt,
        String eventType,
        SourceEvent sourceEvent,
        String problem) {

    public SourceObservation {
        if (problem != null && problem.length() > DeadLetter.REASON_LIMIT) {
            problem = problem.substring(0, DeadLetter.REASON_LIMIT - 1) + "…";
        }
    }

    /** The key of the source's status: {@code radarr/radarr4k}. */
    public String statusKey() {
        return source.id() + "/" + instance;
    }
}
