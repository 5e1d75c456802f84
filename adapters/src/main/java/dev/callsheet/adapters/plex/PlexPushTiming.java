package dev.callsheet.adapters.plex;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PlexNotifications} keeps its channel alive and opens it again.
 *
 * @param keepAlive how often to ping Plex; a channel that sends nothing, not even the pong, for twice
 *     this long counts as dropped (a half-open TCP connection otherwise looks like a quiet server)
 * @param firstRetry the wait before opening again after a drop; it doubles, with jitter, on every
 *     failed attempt and starts over once a channel opens
 * @param maxRetry the longest wait between attempts
 */
public record PlexPushTiming(Duration keepAlive, Duration firstRetry, Duration maxRetry) {

    /** Ping every 30 s, retry after 1 s, then up to every 2 min. */
    public static final PlexPushTiming DEFAULT =
            new PlexPushTiming(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(2));

    public PlexPushTiming {
        requirePositive(keepAlive, "keepAlive");
        requirePositive(firstRetry, "firstRetry");
        requirePositive(maxRetry, "maxRetry");
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("maxRetry " + maxRetry + " is shorter than firstRetry " + firstRetry);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
