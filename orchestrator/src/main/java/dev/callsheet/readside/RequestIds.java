package dev.callsheet.readside;

import dev.callsheet.events.RequestId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ids of requests made in Callsheet. Without an {@code Idempotency-Key}: {@code
 * callsheet-<epoch millis>-<random>}, sortable by time and unique without coordination between
 * instances. With one: {@code callsheet-k<hash of the key>}, the same for every retry of a POST, so the
 * key needs no store of its own: the request is found by its id, and a second submission of it adds
 * nothing.
 */
final class RequestIds {

    private static final String PREFIX = "callsheet-";

    private final SortableIds sortable = new SortableIds();

    RequestId next(Instant at) {
        return RequestId.parse(sortable.next(PREFIX, at));
    }

    RequestId forKey(String idempotencyKey) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return RequestId.parse(PREFIX + "k" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
