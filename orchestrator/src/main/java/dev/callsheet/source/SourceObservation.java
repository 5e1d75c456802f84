package dev.callsheet.source;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.source.SourceEvent;
import java.time.Instant;

/**
 * One delivery heard from a source, whatever it said: the input of {@link SourceStatus}.
 *
 * @param eventType the vendor's event name; null when the body could not be parsed
 * @param sourceEvent what it said about its own condition, if anything (JSON null when nothing)
 * @param problem why the body could not be used; null when it could
 */
public record SourceObservation(
        SourceKind source,
        String instance,
        String deliveryId,
        Instant receivedAt,
        String eventType,
        SourceEvent sourceEvent,
        String problem) {

    /** The key of the source's status: {@code radarr/radarr4k}. */
    public String statusKey() {
        return source.id() + "/" + instance;
    }
}
