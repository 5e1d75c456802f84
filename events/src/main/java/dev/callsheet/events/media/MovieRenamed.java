package dev.callsheet.events.media;

/** Radarr renamed the movie's files. Radarr {@code Rename}. */
public record MovieRenamed(MediaInfo media, int files, String sourceEventType) implements MediaEvent {}
