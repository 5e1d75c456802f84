package dev.callsheet.plex;

import dev.callsheet.adapters.plex.PlexSection;
import dev.callsheet.events.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One Plex server's library sections, read from {@code /library/sections} when first needed, again
 * when older than {@code maxAge}, and again at once when a path lies in none of them (a section added
 * since), though not more often than every {@link #MISS_SPACING}, so that a wrong mapping does not read
 * the sections for every file of a season pack.
 */
final class SectionsCache {

    static final Duration MISS_SPACING = Duration.ofSeconds(10);

    private final PlexServer server;
    private final Clock clock;
    private final Duration maxAge;
    private List<PlexSection> sections;
    private Instant readAt = Instant.MIN;

    SectionsCache(PlexServer server, Clock clock, Duration maxAge) {
        this.server = server;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Where {@code plexPath} belongs; empty when no section of the right type holds it, also after a
     * fresh read.
     *
     * @throws RuntimeException when Plex cannot list its sections
     */
    synchronized Optional<Placement> place(MediaType type, String plexPath) {
        Instant now = clock.instant();
        if (sections == null || !now.isBefore(readAt.plus(maxAge))) {
            read(now);
        }
        Optional<Placement> placement = Placement.of(sections, type, plexPath);
        if (placement.isEmpty() && !now.isBefore(readAt.plus(MISS_SPACING))) {
            read(now);
            placement = Placement.of(sections, type, plexPath);
        }
        return placement;
    }

    /** The sections as last read, for a message; empty before the first read. */
    synchronized List<PlexSection> known() {
        return sections == null ? List.of() : sections;
    }

    private void read(Instant now) {
        sections = server.await(server.client().sections());
        readAt = now;
    }
}
