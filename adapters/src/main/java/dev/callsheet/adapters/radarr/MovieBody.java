package dev.callsheet.adapters.radarr;

import java.util.List;

/**
 * What {@code POST /api/v3/movie} is sent: the {@code MovieResource} fields Radarr adds a movie by.
 * {@code tags} goes as an empty list: Radarr before 5.7 takes a missing one as null and fails on it
 * later ("Avoid NullRef for Movie Resources with a null tags field", 5.7.0).
 */
record MovieBody(
        String title,
        long tmdbId,
        int year,
        int qualityProfileId,
        String rootFolderPath,
        boolean monitored,
        String minimumAvailability,
        List<Integer> tags,
        AddOptions addOptions) {

    /**
     * Radarr's {@code AddMovieOptions}. Never a search at add: Callsheet searches itself, after its
     * grace. {@code monitor} came with Radarr 4.2 (its default is {@code movieOnly} too); Radarr v3 and
     * 4.0–4.1 ignore it, as they ignore any property they do not have.
     */
    record AddOptions(boolean searchForMovie, String monitor) {}

    static MovieBody of(NewMovie movie) {
        return new MovieBody(
                movie.title(),
                movie.tmdbId(),
                movie.year(),
                movie.qualityProfileId(),
                movie.rootFolderPath(),
                true,
                movie.minimumAvailability().word(),
                List.of(),
                new AddOptions(false, "movieOnly"));
    }
}
