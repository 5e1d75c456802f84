package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/**
 * Callsheet added the media of a request made in Callsheet to an arr, or found it there already and
 * only set the requested seasons monitored. The arr's own webhook ({@code MovieAdded}, {@code
 * SeriesAdded}) then moves the request.
 *
 * @param commandId the {@code AddMovieToRadarr} or {@code AddSeriesToSonarr} this answers
 * @param arr the arr's product name ({@code Radarr}, {@code Sonarr})
 * @param arrId the arr's id of the movie or series
 * @param alreadyThere true when the arr had the media already and nothing was added
 */
public record AddedToLibrary(
        MediaInfo media,
        String commandId,
        RequestId requestId,
        String arr,
        String instance,
        int arrId,
        boolean alreadyThere,
        String sourceEventType)
        implements MediaEvent {}
