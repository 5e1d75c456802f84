package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far a series request's episodes have come: "8 of 10 available".
 *
 * @param seasons the requested seasons, ascending; empty when the request manager did not say
 * @param known whether Sonarr has listed the episodes; until it has, {@code inScope} is 0
 * @param inScope how many episodes the request's scope holds: the aired ones of its seasons
 * @param counts how many of them stand in each episode state, by state id, every state listed
 */
public record EpisodeProgress(List<Integer> seasons, boolean known, int inScope, Map<String, Integer> counts) {

    public EpisodeProgress {
        seasons = List.copyOf(Objects.requireNonNullElse(seasons, List.of()));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(counts, Map.of())));
    }

    static EpisodeProgress of(SeriesScope scope, Series series) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EpisodeState state : EpisodeState.values()) {
            counts.put(state.id(), 0);
        }
        for (EpisodeKey key : scope.episodes()) {
            EpisodeState state = SeriesStage.stateOf(series, key);
            counts.merge(state.id(), 1, Integer::sum);
        }
        return new EpisodeProgress(
                scope.seasons(), scope.known(), scope.episodes().size(), counts);
    }
}
