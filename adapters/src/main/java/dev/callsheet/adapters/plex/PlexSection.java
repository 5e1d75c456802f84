package dev.callsheet.adapters.plex;

import java.util.List;

/**
 * A library section and the folders it scans.
 *
 * @param key what the section is called by in paths ({@code "1"}); Plex sends it as a string
 * @param agent the metadata agent, e.g. {@code tv.plex.agents.movie}, or {@code
 *     com.plexapp.agents.none} for Personal Media, whose items are never matched; null when not sent
 * @param scanner e.g. {@code Plex Movie}; null when not sent
 * @param refreshing whether Plex is scanning the section now; null when not sent
 * @param locations the folders, as Plex sees them; empty when Plex lists none
 */
public record PlexSection(
        String key,
        PlexSectionType type,
        String title,
        String agent,
        String scanner,
        Boolean refreshing,
        List<Location> locations) {

    public PlexSection {
        locations = List.copyOf(locations);
    }

    /**
     * One folder of a section.
     *
     * @param id Plex's id of the location; null when not sent
     * @param path the folder as Plex sees it (inside Plex's container, which may differ from the
     *     *arr's view of the same folder)
     */
    public record Location(Long id, String path) {}
}
