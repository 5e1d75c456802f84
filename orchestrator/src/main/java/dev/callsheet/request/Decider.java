package dev.callsheet.request;

import dev.callsheet.events.Envelope;
import java.time.Instant;
import java.util.List;

/** PLACEHOLDER until the decider lands. */
public final class Decider {

    private Decider() {}

    public static Decision decide(MediaItem current, Envelope envelope, Instant now) {
        return new Decision(current == null ? new MediaItem(envelope.mediaKey()) : current, List.of(), List.of());
    }
}
