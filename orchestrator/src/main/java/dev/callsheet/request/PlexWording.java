package dev.callsheet.request;

import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexPlace;
import dev.callsheet.events.media.PlexScanRequested;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How Plex's answers read on the timeline and in the attention they raise, with the time each step
 * took: from the scan Callsheet asked for, or from the import when it asked for none.
 */
final class PlexWording {

    private PlexWording() {}

    static String scanRequested(PlexScanRequested e) {
        return "Plex '%s' asked to scan %s".formatted(e.instance(), e.folder());
    }

    /** @param item the item still waiting for the file; null when not known */
    static String found(PlexItemFound e, MediaItem item) {
        return "Found in Plex '%s'%s"
                .formatted(
                        e.instance(),
                        after(e.scanRequestedAt(), e.foundAt(), importedAt(item, e.instance(), e.commandId())));
    }

    /** @param item the item still waiting for the file; null when not known */
    static String confirmed(PlexConfirmed e, MediaItem item) {
        return "Ready in Plex '%s'%s: %s"
                .formatted(
                        e.instance(),
                        after(e.scanRequestedAt(), e.readyAt(), importedAt(item, e.instance(), e.commandId())),
                        what(e.place(), e.episodes()));
    }

    /** The attention's message, and the timeline's: what is wrong, where, and the adapter's detail. */
    static String problem(PlexNotConfirmed e) {
        String what =
                switch (e.problem()) {
                    case PATH_UNMAPPED -> "Path maps into no library";
                    case UNMATCHED -> "Not matched";
                    case MISMATCHED -> "Matched to other ids";
                    case NOT_IN_LIBRARY -> "Not in the library";
                };
        String episodes = e.episodes().isEmpty() ? "" : " for " + EpisodeWording.refs(e.episodes());
        return "%s in Plex '%s'%s: %s".formatted(what, e.instance(), episodes, Wording.or(e.detail(), "no detail"));
    }

    /** Rounded for reading: seconds up to two minutes, then minutes, then hours. */
    static String took(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        return seconds < 2 * 3600 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }

    private static String after(Instant scanned, Instant at, Instant imported) {
        if (at == null) {
            return "";
        }
        if (scanned != null) {
            return " " + took(Duration.between(scanned, at)) + " after the scan";
        }
        return imported == null ? "" : " " + took(Duration.between(imported, at)) + " after the import";
    }

    private static Instant importedAt(MediaItem item, String instance, String commandId) {
        if (item == null) {
            return null;
        }
        return item.plex().waits().stream()
                .filter(wait -> wait.answeredBy(instance, commandId))
                .map(wait -> wait.target().importedAt())
                .findFirst()
                .orElse(null);
    }

    private static String what(PlexPlace place, List<EpisodeRef> episodes) {
        String title = place == null ? null : place.title();
        if (episodes.isEmpty()) {
            return Wording.or(title, "the item");
        }
        return title == null
                ? EpisodeWording.refs(episodes)
                : "%s (%s)".formatted(title, EpisodeWording.refs(episodes));
    }
}
