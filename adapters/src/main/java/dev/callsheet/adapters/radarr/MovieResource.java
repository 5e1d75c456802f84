package dev.callsheet.adapters.radarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of Radarr's {@code MovieResource} we read, the same in v3, v4 and v5. Radarr writes every C#
 * value type but leaves out an {@code id} of 0, so a looked-up movie comes without one; {@code tmdbId},
 * an int in every version, is required. The rest is boxed, absent and null alike reading as "not
 * known": strings and lists are left out when null, and Radarr since 5.3.3 sends {@code hasFile}
 * only for a library movie.
 */
record MovieResource(
        Integer id,
        @JsonProperty(required = true) int tmdbId,
        String title,
        Integer year,
        String imdbId,
        Boolean monitored,
        Boolean hasFile,
        String path,
        List<MediaCover> images) {

    /**
     * One image. Radarr before 5.0.2 gives a looked-up movie's as {@code url} alone; since, as {@code
     * remoteUrl} alone. A library movie's comes with both: {@code remoteUrl} the metadata source's, {@code
     * url} Radarr's local copy.
     */
    record MediaCover(String coverType, String url, String remoteUrl) {}

    /** A movie from Radarr's library: without an id, the answer is not what we think it is. */
    RadarrMovie toLibraryMovie() {
        if (id == null || id <= 0) {
            throw new IllegalArgumentException("the movie has no id");
        }
        return toMovie();
    }

    RadarrMovie toMovie() {
        return new RadarrMovie(
                id != null && id > 0 ? id : null,
                tmdbId,
                blankToNull(title),
                year != null && year > 0 ? year : null,
                blankToNull(imdbId),
                Boolean.TRUE.equals(monitored),
                Boolean.TRUE.equals(hasFile),
                blankToNull(path),
                posterUrl());
    }

    private String posterUrl() {
        if (images == null) {
            return null;
        }
        return images.stream()
                .filter(image -> image != null && "poster".equalsIgnoreCase(image.coverType()))
                .map(MovieResource::remote)
                .filter(url -> url != null)
                .findFirst()
                .orElse(null);
    }

    // A relative url is Radarr's local copy (/MediaCover/12/poster.jpg), behind its key: not for a page.
    private static String remote(MediaCover image) {
        String remoteUrl = blankToNull(image.remoteUrl());
        if (remoteUrl != null) {
            return remoteUrl;
        }
        String url = blankToNull(image.url());
        return url != null && url.matches("(?i)https?://.+") ? url : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
