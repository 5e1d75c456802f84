package dev.callsheet.events.media;

import java.util.Objects;

/**
 * What a request made in Callsheet asks of the arr once approved: where it goes and, for a series,
 * which seasons. A request from a request manager has none: the request manager adds the media itself.
 *
 * @param instance the arr instance (its configured name) the media is added to
 * @param seasons which seasons of a series are monitored: the request's own list, all of them, or only
 *     what has not aired yet; {@code LISTED} for a movie
 * @param qualityProfile the quality profile's name or id; null for the instance's configured one
 * @param rootFolder the root folder's path or id; null for the instance's configured one
 */
public record LibraryOrder(String instance, Seasons seasons, String qualityProfile, String rootFolder) {

    public LibraryOrder {
        Objects.requireNonNull(instance, "instance");
        seasons = seasons == null ? Seasons.LISTED : seasons;
    }

    /** Which seasons of a series a request made in Callsheet asks for. */
    public enum Seasons {
        /** The seasons the request lists. */
        LISTED,
        /** Every season, specials (0) left out. */
        ALL,
        /** Only episodes not aired yet. */
        FUTURE
    }
}
