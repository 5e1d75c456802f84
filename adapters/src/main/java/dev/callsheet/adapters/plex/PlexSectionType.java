package dev.callsheet.adapters.plex;

import java.util.Locale;

/** What a library section holds, as Plex's {@code Directory.type} word says. */
public enum PlexSectionType {
    /** {@code movie}: films; Radarr's imports land here. */
    MOVIE,
    /** {@code show}: series, their seasons and episodes; Sonarr's imports land here. */
    SHOW,
    /** {@code artist}: music. */
    ARTIST,
    /** {@code photo}: photos and home videos. */
    PHOTO,
    /** A word this client does not know, or none: a section Callsheet leaves alone. */
    UNKNOWN;

    /** The type Plex names {@code word}, in any case; {@link #UNKNOWN} for anything else. */
    static PlexSectionType ofWord(String word) {
        return switch (word == null ? "" : word.toLowerCase(Locale.ROOT)) {
            case "movie" -> MOVIE;
            case "show" -> SHOW;
            case "artist" -> ARTIST;
            case "photo" -> PHOTO;
            default -> UNKNOWN;
        };
    }
}
