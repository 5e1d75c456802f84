package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;

/**
 * Search Radarr's indexers for a movie: {@code POST /api/v3/command {"name": "MoviesSearch",
 * "movieIds": [radarrMovieId]}}, unless Radarr has that search queued or running already.
 *
 * @param radarrMovieId Radarr's id of the movie, as its webhooks report it ({@code movie.id})
 * @param attempt 1 for the first search since the movie went missing
 */
public record SearchMovie(String id, MediaKey mediaKey, String instance, int radarrMovieId, int attempt)
        implements SearchCommand {}
