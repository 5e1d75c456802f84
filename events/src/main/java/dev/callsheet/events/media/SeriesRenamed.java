package dev.callsheet.events.media;

/**
 * Sonarr renamed files of the series; which episodes they hold is not said. Sonarr {@code Rename}.
 *
 * @param files how many files were renamed
 */
public record SeriesRenamed(MediaInfo media, int files, String sourceEventType) implements MediaEvent {}
