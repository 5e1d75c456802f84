package dev.callsheet.plex;

import dev.callsheet.adapters.plex.PlexSection;
import dev.callsheet.adapters.plex.PlexSectionType;
import dev.callsheet.events.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The section a file belongs in, and the location of it that holds the file.
 *
 * @param location the section's folder, as Plex sees it
 */
record Placement(PlexSection section, String location) {

    /**
     * The deepest location that holds {@code plexPath}, among the sections of {@code type}'s kind
     * (movie sections for movies, show sections for series): {@code /media/films/4k} wins over {@code
     * /media/films}, as autopulse and media_preview_generator choose.
     */
    static Optional<Placement> of(List<PlexSection> sections, MediaType type, String plexPath) {
        return sections.stream()
                .filter(section -> section.type() == sectionType(type))
                .flatMap(section -> section.locations().stream()
                        .filter(location -> location.path() != null)
                        .filter(location ->
                                PathPrefix.remainder(location.path(), plexPath).isPresent())
                        .map(location -> new Placement(section, location.path())))
                .max(Comparator.comparingInt(placement -> PathPrefix.depth(placement.location())));
    }

    /** Every location of the sections of {@code type}'s kind, for a message: {@code /data/films (Films)}. */
    static List<String> locations(List<PlexSection> sections, MediaType type) {
        return sections.stream()
                .filter(section -> section.type() == sectionType(type))
                .flatMap(section ->
                        section.locations().stream().map(location -> location.path() + " (" + section.title() + ")"))
                .toList();
    }

    static PlexSectionType sectionType(MediaType type) {
        return switch (type) {
            case MOVIE -> PlexSectionType.MOVIE;
            case SERIES -> PlexSectionType.SHOW;
        };
    }
}
