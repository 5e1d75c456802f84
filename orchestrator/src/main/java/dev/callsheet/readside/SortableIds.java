package dev.callsheet.readside;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Ids made by the API, {@code <prefix><epoch millis>-<random>}: sortable by time and unique without
 * coordination between instances. Decisions ({@code decision-}) and requests made in Callsheet
 * ({@code callsheet-}) take theirs from here; the commands they cause derive their ids from them, so
 * a retried command keeps its id.
 */
final class SortableIds {

    private final SecureRandom random = new SecureRandom();

    String next(String prefix, Instant at) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "%s%013d-%s".formatted(prefix, at.toEpochMilli(), HexFormat.of().formatHex(bytes));
    }
}
