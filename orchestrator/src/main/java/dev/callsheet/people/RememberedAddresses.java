package dev.callsheet.people;

import dev.callsheet.adapters.overseerr.UserAddresses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The addresses read per Overseerr user, remembered for an hour: a household asks for many things, and
 * people rarely change their Discord or Telegram id. Bounded, the oldest read forgotten first, so that
 * an instance with many users cannot grow it without end. Only a read is remembered, never a failure.
 */
final class RememberedAddresses {

    static final Duration REMEMBERED_FOR = Duration.ofHours(1);
    static final int MAX_USERS = 1_000;

    private record User(String instance, long userId) {}

    private record Read(UserAddresses addresses, Instant at) {}

    private final Clock clock;
    private final Map<User, Read> reads = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<User, Read> eldest) {
            return size() > MAX_USERS;
        }
    };

    RememberedAddresses(Clock clock) {
        this.clock = clock;
    }

    /** What user {@code userId} of {@code instance} gave, read less than an hour ago; else empty. */
    synchronized Optional<UserAddresses> of(String instance, long userId) {
        User user = new User(instance, userId);
        Read read = reads.get(user);
        if (read == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(read.at().plus(REMEMBERED_FOR))) {
            reads.remove(user);
            return Optional.empty();
        }
        return Optional.of(read.addresses());
    }

    synchronized void remember(String instance, long userId, UserAddresses addresses) {
        User user = new User(instance, userId);
        // Removed first so that a fresh read counts as the newest for the bound.
        reads.remove(user);
        reads.put(user, new Read(addresses, clock.instant()));
    }
}
