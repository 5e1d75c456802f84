package dev.callsheet.events.source;

/** A health check of the source that was failing passes again. Radarr/Sonarr {@code HealthRestored}. */
public record HealthRestored(String check, String message) implements SourceEvent {}
