package dev.callsheet.adapters.plex;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of a {@code /library/sections} {@code Directory} we read. Only the key is required (Sonarr,
 * Radarr, autoscan and autopulse all rely on it, as a string) and a location's path (the one thing a
 * location is); the rest may be missing.
 */
record SectionDirectory(
        @JsonProperty(required = true) String key,
        String type,
        String title,
        String agent,
        String scanner,
        Boolean refreshing,
        @JsonProperty("Location") List<LocationTag> locations) {

    /** A {@code Location} of the section. */
    record LocationTag(
            Long id, @JsonProperty(required = true) String path) {}

    PlexSection toSection() {
        return new PlexSection(
                key,
                PlexSectionType.ofWord(type),
                title,
                agent,
                scanner,
                refreshing,
                locations == null
                        ? List.of()
                        : locations.stream()
                                .map(location -> new PlexSection.Location(location.id(), location.path()))
                                .toList());
    }
}
