package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.media.RequestDecided;

/**
 * Decline request {@code overseerrRequestId} at Overseerr instance {@code instance}. Overseerr's
 * decline takes no reason: the reason stays on Callsheet's timeline.
 */
public record DeclineOverseerrRequest(String id, String instance, MediaKey mediaKey, long overseerrRequestId)
        implements DecideOverseerrRequest {

    @Override
    public RequestDecided.Verdict verdict() {
        return RequestDecided.Verdict.DECLINE;
    }
}
