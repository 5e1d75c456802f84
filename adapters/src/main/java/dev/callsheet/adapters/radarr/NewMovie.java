package dev.callsheet.adapters.radarr;

import java.util.Objects;

/**
 * A movie to add to Radarr's library. Radarr takes the movie's details, title and year included, from
 * its metadata source by the TMDB id, and refuses (HTTP 400) an id its source does not know and a
 * movie already in its library.
 *
 * @param year the release year; 0 when not known
 * @param qualityProfileId the id of one of Radarr's {@link QualityProfile quality profiles}
 * @param rootFolderPath the path of one of Radarr's {@link RootFolder root folders}
 */
public record NewMovie(
        String title,
        long tmdbId,
        int year,
        int qualityProfileId,
        String rootFolderPath,
        MinimumAvailability minimumAvailability) {

    public NewMovie {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the title is blank");
        }
        if (tmdbId <= 0) {
            throw new IllegalArgumentException("tmdbId must be positive: " + tmdbId);
        }
        if (year < 0) {
            throw new IllegalArgumentException("the year must not be negative: " + year);
        }
        if (qualityProfileId <= 0) {
            throw new IllegalArgumentException("qualityProfileId must be positive: " + qualityProfileId);
        }
        if (rootFolderPath == null || rootFolderPath.isBlank()) {
            throw new IllegalArgumentException("the root folder path is blank");
        }
        Objects.requireNonNull(minimumAvailability, "minimumAvailability");
    }

    /** A movie Radarr starts to look for once it is {@link MinimumAvailability#RELEASED released}. */
    public NewMovie(String title, long tmdbId, int year, int qualityProfileId, String rootFolderPath) {
        this(title, tmdbId, year, qualityProfileId, rootFolderPath, MinimumAvailability.RELEASED);
    }
}
