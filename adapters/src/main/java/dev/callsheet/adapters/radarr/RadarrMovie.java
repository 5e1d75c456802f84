package dev.callsheet.adapters.radarr;

/**
 * A movie as Radarr knows it: from its library, or looked up by Radarr in its metadata source.
 *
 * @param id Radarr's own id (what {@code MoviesSearch} takes); null for a looked-up movie, which
 *     Radarr answers without one even when the movie is in its library
 * @param title in the language Radarr is set to show movie information in; null when not sent
 * @param year the release year; null when Radarr does not know it
 * @param imdbId null when Radarr does not know it
 * @param monitored whether Radarr looks for the movie; meaningful for a library movie only
 * @param hasFile whether Radarr has imported a file for it; false for a looked-up movie
 * @param path the movie's folder; null for a looked-up movie
 * @param posterUrl the poster as the metadata source serves it (not Radarr's local copy); null when
 *     there is none
 */
public record RadarrMovie(
        Integer id,
        long tmdbId,
        String title,
        Integer year,
        String imdbId,
        boolean monitored,
        boolean hasFile,
        String path,
        String posterUrl) {

    /** Whether this is a movie of Radarr's library, one with an id. */
    public boolean inLibrary() {
        return id != null;
    }
}
