package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How far a series has come for one request, and for the item as a whole, derived from its
 * episodes: a parent whose status depends on its children. A request reaches a stage when every
 * episode in its scope has.
 */
final class SeriesStage {

    private SeriesStage() {}

    /**
     * The stage a series request following the item stands at; empty while Sonarr has not reported
     * the series. Until Sonarr has listed the episodes nobody knows which have aired, so the request
     * goes no further than searching: "downloading" would claim that all of them are. An empty
     * known scope (nothing aired yet) is searching too: Sonarr waits for the air dates.
     */
    static Optional<RequestState> of(MediaItem item, SeriesScope scope) {
        if (item.progress() == MediaProgress.UNKNOWN && !item.series().listing().listed()) {
            return Optional.empty();
        }
        if (scope == null || !scope.known() || scope.episodes().isEmpty()) {
            return Optional.of(RequestState.SEARCHING);
        }
        return lowest(scope.episodes().stream().map(key -> stateOf(item.series(), key)));
    }

    /**
     * The item's own progress: the lowest stage among the episodes in any request's known scope,
     * {@code added} when no scope holds any, {@code unknown} while Sonarr has not reported it (or
     * after it was removed there). Unlike a movie's it can go back, when new episodes join a scope.
     */
    static MediaProgress progressOf(MediaItem item) {
        if (item.progress() == MediaProgress.UNKNOWN) {
            return MediaProgress.UNKNOWN;
        }
        Series series = item.series();
        Stream<EpisodeKey> inScope = series.scopes().values().stream()
                .filter(SeriesScope::known)
                .flatMap(scope -> scope.episodes().stream())
                .filter(series.episodes()::containsKey);
        return lowest(inScope.map(key -> stateOf(series, key)))
                .map(SeriesStage::progress)
                .orElse(MediaProgress.ADDED);
    }

    /** An episode a scope names but no fact described any more (the series was removed) is wanted again. */
    static EpisodeState stateOf(Series series, EpisodeKey key) {
        Episode episode = series.episodes().get(key);
        return episode == null ? EpisodeState.WANTED : episode.state();
    }

    private static Optional<RequestState> lowest(Stream<EpisodeState> states) {
        return states.map(EpisodeState::requestStage).min(Comparator.naturalOrder());
    }

    private static MediaProgress progress(RequestState stage) {
        return switch (stage) {
            case DOWNLOADING -> MediaProgress.DOWNLOADING;
            case IMPORTED -> MediaProgress.IMPORTED;
            case AVAILABLE -> MediaProgress.AVAILABLE;
            case REQUESTED, APPROVED, SEARCHING, NOTIFIED, DECLINED, FAILED, CANCELLED -> MediaProgress.ADDED;
        };
    }
}
