package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What one series request asks for: its seasons, and the episodes of them that have aired. The
 * scope only grows (an episode airs, Sonarr grabs a new one), and it is known only once Sonarr has
 * listed the series' episodes: until then nobody can say which episodes have aired.
 *
 * <p>When the request manager did not say which seasons (an edited template), the scope is the
 * aired episodes Sonarr monitors outside the specials: the request manager monitors exactly the
 * requested seasons when it hands a request over.
 *
 * <p>A request for the episodes not aired yet ({@code "seasons": "future"}) names no season: its scope
 * is the episodes outside the specials that air after the day it was made, and those not dated yet,
 * as they air. An episode that aired before the request is never in it, whether Sonarr monitors it
 * or not: nobody asked for it.
 *
 * @param seasons the requested season numbers, ascending; empty when not known
 * @param known whether Sonarr's episode list has been seen, so {@code episodes} is the real scope
 * @param episodes the episodes in scope, ascending
 * @param airingAfter for a request for the episodes not aired yet, the day (UTC, as {@link Days}
 *     counts) it was made; null for a request by seasons
 */
public record SeriesScope(List<Integer> seasons, boolean known, List<EpisodeKey> episodes, LocalDate airingAfter) {

    public SeriesScope {
        seasons = List.copyOf(new TreeSet<>(Objects.requireNonNullElse(seasons, List.of())));
        episodes = List.copyOf(new TreeSet<>(Objects.requireNonNullElse(episodes, List.of())));
    }

    /** @param airingAfter the day a request for the episodes not aired yet was made; null for one by seasons */
    static SeriesScope asking(List<Integer> seasons, LocalDate airingAfter) {
        return new SeriesScope(seasons, false, List.of(), airingAfter);
    }

    /** The latest seasons the request manager named win; a fact that names none keeps them. */
    SeriesScope askingFor(List<Integer> next) {
        if (next.isEmpty() || next.equals(seasons)) {
            return this;
        }
        return new SeriesScope(
                next,
                known,
                episodes.stream().filter(key -> next.contains(key.season())).toList(),
                airingAfter);
    }

    /**
     * Whether {@code key} belongs to what this request asks for: its seasons, or for a request for the
     * episodes not aired yet, an episode airing after it was made; one not known yet has no air date.
     */
    boolean covers(EpisodeKey key, Episode episode) {
        if (airingAfter != null) {
            LocalDate airDate = episode == null ? null : episode.airDate();
            return key.season() != 0 && (airDate == null || airDate.isAfter(airingAfter));
        }
        if (seasons.isEmpty()) {
            return key.season() != 0 && episode != null && episode.monitored();
        }
        return seasons.contains(key.season());
    }

    /**
     * This scope with every episode of {@code episodes} it covers that has aired by {@code today},
     * or that was grabbed or imported, which proves that it aired. Unchanged while Sonarr has not
     * listed the episodes.
     */
    SeriesScope grownBy(Map<EpisodeKey, Episode> all, boolean listed, LocalDate today) {
        if (!listed) {
            return this;
        }
        TreeSet<EpisodeKey> grown = new TreeSet<>(episodes);
        all.forEach((key, episode) -> {
            if (covers(key, episode) && (episode.aired(today) || episode.state().released())) {
                grown.add(key);
            }
        });
        return new SeriesScope(seasons, true, List.copyOf(grown), airingAfter);
    }

    /** The episodes that joined since {@code before}; none when the scope was not known then. */
    List<EpisodeKey> joinedSince(SeriesScope before) {
        if (before == null || !before.known) {
            return List.of();
        }
        return episodes.stream().filter(key -> !before.episodes.contains(key)).toList();
    }
}
