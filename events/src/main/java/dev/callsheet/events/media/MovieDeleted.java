package dev.callsheet.events.media;

/** The movie was removed from Radarr, with or without its files. Radarr {@code MovieDelete}. */
public record MovieDeleted(MediaInfo media, boolean filesDeleted, String sourceEventType) implements MediaEvent {}
