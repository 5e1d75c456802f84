package dev.callsheet.events.media;

/**
 * Sonarr added the series and, as the *arr apps do on add, looks for releases of its monitored
 * episodes; there is no separate "search started" webhook. Sonarr {@code SeriesAdd}.
 */
public record SeriesAdded(MediaInfo media, String sourceEventType) implements MediaEvent {}
