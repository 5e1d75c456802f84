package dev.callsheet.adapters.plex;

import java.util.Objects;

/**
 * An item's primary {@code guid}: which agent matched it, and to what. Current agents write {@code
 * plex://movie/5d7768257228e5001f1dccd2} and list the outside ids in {@code Guid[]} ({@link
 * PlexItem#ids()}); an item no agent matched has {@code local://182}; Personal Media sections write
 * {@code com.plexapp.agents.none://…}; the legacy agents name the outside id in the guid itself
 * ({@code com.plexapp.agents.imdb://tt0165832?lang=en}).
 *
 * @param value the guid as Plex sends it
 */
public record PlexGuid(String value) {

    private static final String LEGACY_AGENT = "com.plexapp.agents.";

    public PlexGuid {
        Objects.requireNonNull(value, "value");
    }

    /** No agent matched the item (yet): Plex only knows it by its file. */
    public boolean isLocal() {
        return value.startsWith("local://");
    }

    /** The item is in a Personal Media section, whose agent never matches anything. */
    public boolean isPersonalMedia() {
        return value.startsWith(LEGACY_AGENT + "none://");
    }

    /** An agent matched the item to an outside title: neither {@link #isLocal} nor {@link #isPersonalMedia}. */
    public boolean isMatched() {
        return !isLocal() && !isPersonalMedia();
    }

    /**
     * The outside id a legacy agent's guid names the item by: {@code com.plexapp.agents.imdb://tt…},
     * {@code …themoviedb://N} or {@code …thetvdb://N}, each with an optional {@code ?lang=…}. Empty
     * for every other guid, and for the legacy TVDB agent's season and episode guids ({@code
     * …thetvdb://268592/1/1}), whose number is the show's: a show's own guid names it.
     */
    public PlexIds legacyIds() {
        if (!value.startsWith(LEGACY_AGENT)) {
            return PlexIds.NONE;
        }
        int separator = value.indexOf("://");
        if (separator < 0) {
            return PlexIds.NONE;
        }
        String id = value.substring(separator + 3).replaceFirst("\\?.*$", "");
        if (id.isBlank() || id.contains("/")) {
            return PlexIds.NONE;
        }
        return switch (value.substring(LEGACY_AGENT.length(), separator)) {
            case "imdb" -> new PlexIds(null, id, null);
            case "themoviedb" -> new PlexIds(PlexIds.number(id), null, null);
            case "thetvdb" -> new PlexIds(null, null, PlexIds.number(id));
            default -> PlexIds.NONE;
        };
    }
}
