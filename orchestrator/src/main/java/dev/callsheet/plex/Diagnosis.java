package dev.callsheet.plex;

import dev.callsheet.adapters.plex.PlexSection;
import dev.callsheet.events.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What an admin reads when a file is not confirmed because of the set-up rather than the match. */
final class Diagnosis {

    private Diagnosis() {}

    /** The path, how it was mapped, and every location a file of its type could have been in. */
    static String unmapped(PlexServer server, PlexJob job, List<PlexSection> sections) {
        MediaType type = job.target().type();
        String kind = type == MediaType.MOVIE ? "movie" : "show";
        String mapping = server.paths()
                .rule(job.arrPath())
                .map(rule -> "path mapping %s → %s".formatted(rule.from(), rule.to()))
                .orElse("no path mapping applies");
        List<String> locations = Placement.locations(sections, type);
        return "%s reads as %s on Plex '%s' (%s), which is in no %s section; %s"
                .formatted(
                        job.arrPath(),
                        job.plexPath,
                        server.name(),
                        mapping,
                        kind,
                        locations.isEmpty()
                                ? "it has no " + kind + " section"
                                : "its " + kind + " section locations: " + String.join(", ", locations));
    }

    /** Where Callsheet looked, for how long, and whether it scanned. */
    static String notInLibrary(PlexServer server, PlexJob job, Duration deadline) {
        String where = job.placement == null
                ? "(its sections could not be read)"
                : "in section '%s'".formatted(job.placement.section().title());
        String scans = job.scanRequestedAt == null
                ? "Callsheet did not scan (mode %s)"
                        .formatted(server.mode().name().toLowerCase(Locale.ROOT))
                : "scanned %s%s".formatted(job.folder, job.rescanned ? " twice" : "");
        String upgrade = job.target().upgrade() ? "; an upgrade: Plex may still list the old file" : "";
        return "Plex '%s' did not list %s %s within %d min; %s%s"
                .formatted(server.name(), job.plexPath, where, deadline.toMinutes(), scans, upgrade);
    }
}
