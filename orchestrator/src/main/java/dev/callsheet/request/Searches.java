package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an item keeps to search the arr for what its requests miss ({@code SearchRules}).
 *
 * @param arrId Radarr's id of the movie, or Sonarr's of the series; null until a fact said
 * @param radarrInstance the Radarr instance whose webhooks reported the movie; null for a series
 *     (its episode listing knows its Sonarr) and until one did
 * @param missing the episodes missing when last looked at; empty for a movie
 * @param missingSince since when the item has missed what it misses now: the grace and the back-off
 *     count from here; null when nothing is missing
 * @param attempts the searches made since {@code missingSince}
 * @param lastSearchAt when the latest of them was asked for; null before the first
 * @param recent when the searches of the last 24 hours were asked for, oldest first
 * @param running the searches the arr took up whose outcome is not read back yet
 */
public record Searches(
        Integer arrId,
        String radarrInstance,
        List<EpisodeKey> missing,
        Instant missingSince,
        int attempts,
        Instant lastSearchAt,
        List<Instant> recent,
        List<RunningSearch> running) {

    static final Searches NONE = new Searches(null, null, List.of(), null, 0, null, List.of(), List.of());

    public Searches {
        missing = List.copyOf(Objects.requireNonNullElse(missing, List.of()));
        recent = List.copyOf(Objects.requireNonNullElse(recent, List.of()));
        running = List.copyOf(Objects.requireNonNullElse(running, List.of()));
    }

    Searches withArr(Integer id, String instance) {
        return new Searches(
                id != null ? id : arrId,
                instance != null ? instance : radarrInstance,
                missing,
                missingSince,
                attempts,
                lastSearchAt,
                recent,
                running);
    }

    /** Missing {@code now} what is missing since {@code since}, with {@code made} searches made for it. */
    Searches missing(List<EpisodeKey> next, Instant since, int made) {
        return new Searches(arrId, radarrInstance, next, since, made, lastSearchAt, recent, running);
    }

    /** Nothing missing: the next loss starts a new grace, and a new count of attempts. */
    Searches complete() {
        return new Searches(arrId, radarrInstance, List.of(), null, 0, lastSearchAt, recent, running);
    }

    Searches searched(Instant at, List<Instant> lastDay) {
        return new Searches(arrId, radarrInstance, missing, missingSince, attempts + 1, at, lastDay, running);
    }

    Searches withRunning(List<RunningSearch> next) {
        return new Searches(arrId, radarrInstance, missing, missingSince, attempts, lastSearchAt, recent, next);
    }
}
