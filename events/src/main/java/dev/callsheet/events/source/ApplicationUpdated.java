package dev.callsheet.events.source;

/** The source updated itself. Radarr/Sonarr {@code ApplicationUpdate}. */
public record ApplicationUpdated(String previousVersion, String newVersion, String message) implements SourceEvent {}
