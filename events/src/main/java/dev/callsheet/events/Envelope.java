package dev.callsheet.events;

import dev.callsheet.events.media.MediaEvent;

/** A normalised fact about one media item, as written to the {@code events} topic (keyed by {@link #mediaKey()}). */
public record Envelope(MediaKey mediaKey, Delivery delivery, MediaEvent event) {}
