package dev.callsheet.adapters.radarr;

import dev.callsheet.adapters.servarr.ServarrCommand;
import java.util.List;

/**
 * A {@code MoviesSearch} Radarr has queued or is running, with the movies it searches for (its
 * command's body).
 *
 * @param movieIds Radarr's ids of the movies
 */
public record RadarrSearch(ServarrCommand command, List<Integer> movieIds) {

    public RadarrSearch {
        movieIds = List.copyOf(movieIds);
    }
}
