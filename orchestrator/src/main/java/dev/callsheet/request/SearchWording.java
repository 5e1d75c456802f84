package dev.callsheet.request;

import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the timeline words Callsheet's searches and their outcomes. */
final class SearchWording {

    private SearchWording() {}

    /** "Searched Sonarr for S02E03, S02E04 (attempt 3)". */
    static String started(SearchStarted e) {
        String what = e.episodes().isEmpty()
                ? "the movie"
                : "SeasonSearch".equals(e.search())
                        ? "season " + e.episodes().getFirst().key().season()
                        : e.episodes().stream()
                                .map(EpisodeRef::key)
                                .map(Object::toString)
                                .collect(Collectors.joining(", "));
        String queued = e.alreadyQueued() ? ", already queued there" : "";
        return "Searched %s for %s (attempt %d%s)".formatted(e.arr(), what, e.attempt(), queued);
    }

    /** "Sonarr's search ended: 0 reports downloaded". */
    static String checked(SearchChecked e) {
        if ("GONE".equals(e.status())) {
            return "%s no longer has its search %d: how it ended is not known".formatted(e.arr(), e.arrCommandId());
        }
        String status = e.status().toLowerCase(Locale.ROOT);
        String how = e.message() == null
                ? status
                : "COMPLETED".equals(e.status()) ? trimmed(e.message()) : status + ": " + trimmed(e.message());
        return "%s's search ended: %s".formatted(e.arr(), how);
    }

    /**
     * The arrs end a search's message with a full stop and start it by saying it completed ({@code
     * "Episode search completed. 0 reports downloaded."}, {@code "Completed search for 1 movies. 0
     * reports downloaded."}), which the timeline says already.
     */
    private static String trimmed(String message) {
        String text = message.strip();
        int sentence = text.indexOf(". ");
        if (sentence > 0 && text.substring(0, sentence).toLowerCase(Locale.ROOT).contains("completed")) {
            text = text.substring(sentence + 2);
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
