package dev.callsheet.adapters.plex;

import java.util.List;

/**
 * The outside ids Plex's agent matched an item to. Each is null when Plex names none (an unmatched
 * item, a legacy agent's item, or metadata not loaded yet).
 *
 * @param tmdbId TheMovieDB's id
 * @param imdbId IMDb's id ({@code tt0096895})
 * @param tvdbId TheTVDB's id; an episode's own TVDB id on an episode, the show's on a show
 */
public record PlexIds(Long tmdbId, String imdbId, Long tvdbId) {

    /** No ids at all. */
    public static final PlexIds NONE = new PlexIds(null, null, null);

    /** Whether Plex names none of the ids. */
    public boolean isEmpty() {
        return tmdbId == null && imdbId == null && tvdbId == null;
    }

    /**
     * The ids in Plex's {@code Guid[].id} entries ({@code tmdb://268}, {@code imdb://tt0096895},
     * {@code tvdb://1204}). Other schemes, and a TMDB or TVDB entry that is not a number, are left
     * out: a malformed id reads as not known, never as some other title's.
     */
    static PlexIds of(List<String> guids) {
        Long tmdb = null;
        String imdb = null;
        Long tvdb = null;
        for (String guid : guids) {
            int separator = guid.indexOf("://");
            if (separator <= 0) {
                continue;
            }
            String value = guid.substring(separator + 3);
            switch (guid.substring(0, separator)) {
                case "tmdb" -> tmdb = tmdb != null ? tmdb : number(value);
                case "tvdb" -> tvdb = tvdb != null ? tvdb : number(value);
                case "imdb" -> imdb = imdb != null || value.isBlank() ? imdb : value;
                default -> {}
            }
        }
        return new PlexIds(tmdb, imdb, tvdb);
    }

    static Long number(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
