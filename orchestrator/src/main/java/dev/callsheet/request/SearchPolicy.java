package dev.callsheet.request;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When Callsheet searches the arrs for what a request still misses, as the decider's input (like
 * {@link PlexServers}): built from {@code callsheet.search.*}, never read by the core itself.
 *
 * @param grace how long after an item went missing (handed over, a new episode aired, a download
 *     failed) the arr's own search may take before Callsheet searches
 * @param backoff the waits after the first search, the second, and so on; the last one repeats
 * @param maxPerDay at most this many searches per media item in any 24 hours
 * @param checkAfter how long after the arr took a search up its outcome is read back, and again
 *     while it runs
 */
public record SearchPolicy(Duration grace, List<Duration> backoff, int maxPerDay, Duration checkAfter) {

    /** The defaults of {@code callsheet.search.*}. */
    public static final SearchPolicy DEFAULT = new SearchPolicy(
            Duration.ofMinutes(2),
            List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24)),
            4,
            Duration.ofMinutes(1));

    public SearchPolicy {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(checkAfter, "checkAfter");
        backoff = List.copyOf(backoff);
        if (backoff.isEmpty()) {
            throw new IllegalArgumentException("the back-off needs at least one wait");
        }
        if (maxPerDay < 1) {
            throw new IllegalArgumentException("at least one search a day: " + maxPerDay);
        }
    }

    /** The wait before search number {@code attempt} (1 for the first) since its predecessor, or since the item went missing. */
    Duration waitBefore(int attempt) {
        return attempt <= 1 ? grace : backoff.get(Math.min(attempt - 2, backoff.size() - 1));
    }
}
