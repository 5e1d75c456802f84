package dev.callsheet.events.media;

/**
 * Radarr sent a release to a download client. Radarr {@code Grab}.
 *
 * @param radarrId Radarr's id of the movie ({@code movie.id}), what its searches take; null when the
 *     webhook did not say
 */
public record ReleaseGrabbed(
        MediaInfo media, Release release, DownloadRef download, Integer radarrId, String sourceEventType)
        implements MediaEvent {}
