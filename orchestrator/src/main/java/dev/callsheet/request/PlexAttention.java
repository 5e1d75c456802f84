package dev.callsheet.request;

import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.request.Attention.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The attention Plex's answers leave on an item: one per kind, kept while some file still shows it. */
final class PlexAttention {

    private PlexAttention() {}

    /** What a file's problem raises, in words for the admin. */
    static Attention of(PlexNotConfirmed e, Instant now) {
        return new Attention(kind(e.problem()), PlexWording.problem(e), now);
    }

    /**
     * The item's Plex attention, one per kind, as its waits say: the kind's latest message, since the
     * first file still showing that problem. A kind no wait shows any more is cleared.
     */
    static MediaItem flagged(MediaItem item) {
        List<Attention> attention = new ArrayList<>(item.attention().stream()
                .filter(a -> !Kind.PLEX.contains(a.kind()))
                .toList());
        for (Kind kind : Kind.PLEX) {
            List<Attention> problems = item.plex().waits().stream()
                    .map(PlexWait::problem)
                    .filter(problem -> problem != null && problem.kind() == kind)
                    .toList();
            if (!problems.isEmpty()) {
                Instant first = problems.stream()
                        .map(Attention::since)
                        .min(Instant::compareTo)
                        .orElseThrow();
                Attention latest = problems.stream()
                        .max(Comparator.comparing(Attention::since))
                        .orElseThrow();
                attention.add(new Attention(kind, latest.message(), first));
            }
        }
        return item.withAttention(attention);
    }

    private static Kind kind(PlexNotConfirmed.Problem problem) {
        return switch (problem) {
            case PATH_UNMAPPED -> Kind.PLEX_PATH_UNMAPPED;
            case UNMATCHED -> Kind.PLEX_UNMATCHED;
            case MISMATCHED -> Kind.PLEX_MISMATCHED;
            case NOT_IN_LIBRARY -> Kind.NOT_IN_LIBRARY;
        };
    }
}
