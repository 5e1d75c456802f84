package dev.callsheet.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version each instance says it runs, asked for when one of its answers cannot be read (the moment
 * the version matters: the admin must tell a version Callsheet does not read yet from a broken proxy)
 * and remembered per instance for an hour, since upgrades are rare but do happen.
 */
final class ServiceVersions {

    private static final Logger log = LoggerFactory.getLogger(ServiceVersions.class);
    private static final Duration REMEMBERED_FOR = Duration.ofHours(1);

    private record Known(String version, Instant askedAt) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Clock clock;

    ServiceVersions(Clock clock) {
        this.clock = clock;
    }

    /**
     * The version of {@code instance}, remembered or asked now with {@code ask}; empty when the instance
     * would not say. A failed ask is not remembered, so the next unreadable answer asks again.
     *
     * @param instance the key it is remembered under ({@code sonarr/sonarr})
     */
    Optional<String> of(String instance, Supplier<String> ask) {
        Instant now = clock.instant();
        Known remembered = known.get(instance);
        if (remembered != null && now.isBefore(remembered.askedAt().plus(REMEMBERED_FOR))) {
            return Optional.of(remembered.version());
        }
        try {
            String version = ask.get();
            if (version == null || version.isBlank()) {
                return Optional.empty();
            }
            known.put(instance, new Known(version, now));
            return Optional.of(version);
        } catch (RuntimeException e) {
            log.debug("{} would not say its version: {}", instance, e.getMessage());
            return Optional.empty();
        }
    }
}
