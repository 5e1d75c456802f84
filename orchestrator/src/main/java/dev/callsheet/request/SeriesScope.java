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
 * @param seasons the requested season numbers, ascending; empty when not known
 * @param known whether Sonarr's episode list has been seen, so {@code episodes} is the real scope
 * @param episodes the episodes in scope, ascending
 */
public record SeriesScope(List<Integer> seasons, boolean known, List<EpisodeKey> episodes) {

    public SeriesScope {
        seasons = List.copyOf(new TreeSet<>(Objects.requireNonNullElse(seasons, List.of())));
        episodes = List.copyOf(new TreeSet<>(Objects.requireNonNullElse(episodes, List.of())));
    }

    static SeriesScope asking(List<Integer> seasons) {
        return new SeriesScope(seasons, false, List.of());
    }

    /** The latest seasons the request manager named win; a fact that names none keeps them. */
    SeriesScope askingFor(List<Integer> next) {
        if (next.isEmpty() || next.equals(seasons)) {
            return this;
        }
        return new SeriesScope(
                next,
                known,
                episodes.stream().filter(key -> next.contains(key.season())).toList());
    }

    /** Whether {@code key} belongs to the seasons this request asks for. */
    boolean covers(EpisodeKey key, Episode episode) {
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
        return new SeriesScope(seasons, true, List.copyOf(grown));
    }

    /** The episodes that joined since {@code before}; none when the scope was not known then. */
    List<EpisodeKey> joinedSince(SeriesScope before) {
        if (before == null || !before.known) {
            return List.of();
        }
        return episodes.stream().filter(key -> !before.episodes.contains(key)).toList();
    }
}
