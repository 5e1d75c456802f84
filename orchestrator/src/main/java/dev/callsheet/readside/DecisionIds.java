package dev.callsheet.readside;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Ids of decisions made through the API: {@code decision-<epoch millis>-<random>}, sortable by time,
 * unique without coordination between instances. The commands a decision causes derive their ids from
 * it, so a retried command keeps its id.
 */
final class DecisionIds {

    private final SecureRandom random = new SecureRandom();

    String next(Instant at) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "decision-%013d-%s".formatted(at.toEpochMilli(), HexFormat.of().formatHex(bytes));
    }
}
