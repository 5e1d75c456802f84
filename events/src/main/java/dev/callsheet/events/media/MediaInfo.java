package dev.callsheet.events.media;

import dev.callsheet.events.MediaType;

/**
 * What a source told us about the media item itself. Every field but {@code type} may be null when
 * the source did not say (an Overseerr payload has no title, only a subject line).
 */
public record MediaInfo(
        MediaType type, String title, Integer year, Long tmdbId, Long tvdbId, String imdbId, boolean fourK) {

    /** Fills this description's gaps from {@code other}; this one's known values win. */
    public MediaInfo mergedWith(MediaInfo other) {
        if (other == null) {
            return this;
        }
        return new MediaInfo(
                type,
                title != null ? title : other.title,
                year != null ? year : other.year,
                tmdbId != null ? tmdbId : other.tmdbId,
                tvdbId != null ? tvdbId : other.tvdbId,
                imdbId != null ? imdbId : other.imdbId,
                fourK || other.fourK);
    }
}
