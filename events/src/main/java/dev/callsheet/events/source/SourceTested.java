package dev.callsheet.events.source;

/** The user pressed the source's Test button: Radarr/Sonarr {@code Test}, Overseerr {@code TEST_NOTIFICATION}. */
public record SourceTested() implements SourceEvent {}
