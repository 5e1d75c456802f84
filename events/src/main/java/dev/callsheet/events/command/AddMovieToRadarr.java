package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;

/**
 * Look the movie up at Radarr and add it, monitored, with {@code addOptions.searchForMovie=false}; a
 * movie Radarr has already is left as it is.
 */
public record AddMovieToRadarr(
        String id,
        MediaKey mediaKey,
        String instance,
        RequestId requestId,
        long tmdbId,
        String qualityProfile,
        String rootFolder)
        implements AddToLibrary {}
