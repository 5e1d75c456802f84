package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.media.MediaEvent;

/**
 * A fact whose webhook did not name its series, held until the series' TVDB id is known. It refers
 * to its original in {@code inbound} so that, if the key never comes, the dead letter can be replayed
 * like any other.
 */
record UnkeyedFact(KeyLookup lookup, Delivery delivery, MediaEvent event, Original original) {

    UnkeyedFact {
        original = original == null ? Original.UNRECORDED : original;
    }

    /** The fact, unchanged, keyed as the series it turned out to be about. */
    Envelope keyed(long seriesTvdbId) {
        return new Envelope(lookup.seriesKey(seriesTvdbId), delivery, event);
    }

    DeadLetter deadLetter(String reason) {
        return new DeadLetter(
                delivery.id(),
                delivery.source(),
                delivery.instance(),
                delivery.receivedAt(),
                "key-lookup",
                reason,
                original.contentType(),
                original.at(),
                original.bytes(),
                original.excerpt());
    }
}
