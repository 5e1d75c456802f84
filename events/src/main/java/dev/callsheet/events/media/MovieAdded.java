package dev.callsheet.events.media;

/**
 * Radarr added the movie and (as the arrs do on add) looks for a release; there is no separate
 * "search started" webhook. Radarr {@code MovieAdded}; {@code addMethod} is {@code manual}, {@code
 * list} or {@code collection}.
 *
 * @param radarrId Radarr's id of the movie ({@code movie.id}), what its searches take; null when the
 *     webhook did not say
 */
public record MovieAdded(MediaInfo media, String addMethod, Integer radarrId, String sourceEventType)
        implements MediaEvent {}
