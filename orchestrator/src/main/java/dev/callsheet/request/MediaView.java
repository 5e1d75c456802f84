package dev.callsheet.request;

import dev.callsheet.events.MediaKey;

/** PLACEHOLDER until the decider lands: what {@code GET /api/media/{key}} shows. */
public record MediaView(MediaKey key) {}
