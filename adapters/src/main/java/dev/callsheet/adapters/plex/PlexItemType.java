package dev.callsheet.adapters.plex;

import java.util.Locale;

/**
 * What a library item is, as Plex's {@code Metadata.type} word says. Plex filters listings by the
 * same types as numbers ({@code type=1} for movies, {@code type=4} for episodes).
 */
public enum PlexItemType {
    /** {@code movie}, number 1. */
    MOVIE(1),
    /** {@code show}, number 2. */
    SHOW(2),
    /** {@code season}, number 3. */
    SEASON(3),
    /** {@code episode}, number 4. */
    EPISODE(4),
    /** Any other word (music, photos, clips, collections) or none; Plex's number for it is not used. */
    UNKNOWN(0);

    private final int number;

    PlexItemType(int number) {
        this.number = number;
    }

    /** The number Plex filters listings by. */
    int number() {
        return number;
    }

    /** The type Plex names {@code word}, in any case; {@link #UNKNOWN} for anything else. */
    static PlexItemType ofWord(String word) {
        return switch (word == null ? "" : word.toLowerCase(Locale.ROOT)) {
            case "movie" -> MOVIE;
            case "show" -> SHOW;
            case "season" -> SEASON;
            case "episode" -> EPISODE;
            default -> UNKNOWN;
        };
    }
}
