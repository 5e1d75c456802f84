package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestSubmitted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a series item's derived parts in step with its episodes, after every fact and every tick:
 * episodes that aired are searched for, each request's scope takes in the aired episodes of its
 * seasons (or, asking for the episodes not aired yet, those airing after it was made), and the
 * item's progress is derived from them. The episodes move first; the requests are decided
 * afterwards from this new state.
 */
final class ScopeRules {

    private ScopeRules() {}

    /**
     * The item in step, and the episodes that joined each request's scope.
     *
     * @param joined by request, the episodes new in a scope that was already known
     */
    record Scoped(MediaItem item, Map<RequestId, List<EpisodeKey>> joined) {

        List<EpisodeKey> joined(RequestId id) {
            return joined.getOrDefault(id, List.of());
        }

        boolean grew(RequestId id) {
            return joined.containsKey(id);
        }
    }

    /** @param event the fact, or null for a tick */
    static Scoped after(MediaItem item, MediaEvent event, Instant now) {
        if (item.key().type() != MediaType.SERIES) {
            return new Scoped(item, Map.of());
        }
        LocalDate today = Days.of(now);
        Series series = EpisodeRules.aired(item, today).series();
        Map<RequestId, SeriesScope> scopes = new LinkedHashMap<>(series.scopes());
        if (event instanceof RequestEvent e) {
            scopes.merge(
                    e.requestId(),
                    SeriesScope.asking(e.seasons(), airingAfter(item, e, today)),
                    (known, asked) -> known.askingFor(e.seasons()));
        }
        Map<RequestId, List<EpisodeKey>> joined = new LinkedHashMap<>();
        scopes.replaceAll((id, scope) -> {
            if (!follows(item, id)) {
                return scope;
            }
            SeriesScope grown =
                    scope.grownBy(series.episodes(), series.listing().listed(), today);
            List<EpisodeKey> added = grown.joinedSince(scope);
            if (!added.isEmpty()) {
                joined.put(id, added);
            }
            return grown;
        });
        MediaItem scoped = item.withSeries(series.withScopes(scopes));
        return new Scoped(scoped.withProgress(SeriesStage.progressOf(scoped)), Map.copyOf(joined));
    }

    /**
     * The day a request made in Callsheet for the episodes not aired yet was made: the day of the fact
     * that opens it, which is its {@code createdAt}; null for any other request.
     */
    private static LocalDate airingAfter(MediaItem item, RequestEvent event, LocalDate today) {
        boolean future = event instanceof RequestSubmitted submitted
                && submitted.order() != null
                && submitted.order().seasons() == LibraryOrder.Seasons.FUTURE;
        if (!future) {
            return null;
        }
        Request request = item.requests().get(event.requestId());
        return request == null ? today : Days.of(request.createdAt());
    }

    /** A declined or cancelled request's scope stays as it was; one being opened by this fact follows. */
    private static boolean follows(MediaItem item, RequestId id) {
        Request request = item.requests().get(id);
        return request == null || request.followsMedia();
    }
}
