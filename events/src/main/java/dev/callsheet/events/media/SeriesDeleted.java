package dev.callsheet.events.media;

/** The series was removed from Sonarr, with or without its files. Sonarr {@code SeriesDelete}. */
public record SeriesDeleted(MediaInfo media, boolean filesDeleted, String sourceEventType) implements MediaEvent {}
