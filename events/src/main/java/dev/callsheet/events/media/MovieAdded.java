package dev.callsheet.events.media;

/** Radarr added the movie and (as the arrs do on add) looks for a release; there is no separate "search started" webhook. Radarr {@code MovieAdded}; {@code addMethod} is {@code manual}, {@code list} or {@code collection}. */
public record MovieAdded(MediaInfo media, String addMethod, String sourceEventType) implements MediaEvent {}
