package dev.callsheet.intake;

import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a request body into memory, never more than the limit: a declared {@code Content-Length}
 * over it is refused before a byte is read, and a body without one (chunked) is refused as soon as
 * the bytes read pass it.
 */
final class BoundedBody {

    private static final String PROPERTY = "callsheet.intake.max-body";

    private final int limit;

    BoundedBody(DataSize limit) {
        this.limit = Math.toIntExact(limit.toBytes());
    }

    /**
     * @param contentLength the declared length, if any
     * @param body the raw body, not yet subscribed
     * @return the bytes, empty for an empty body; a 413 {@link IntakeProblems problem} if over the
     *     limit
     */
    Mono<byte[]> read(OptionalLong contentLength, Flux<DataBuffer> body) {
        if (contentLength.isPresent() && contentLength.getAsLong() > limit) {
            return Mono.error(IntakeProblems.tooLarge("body is " + size(contentLength.getAsLong()) + "; the limit is "
                    + size(limit) + " (" + PROPERTY + ")"));
        }
        return DataBufferUtils.join(body, limit)
                .map(BoundedBody::drain)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(
                        DataBufferLimitException.class,
                        tooLong -> IntakeProblems.tooLarge(
                                "body is larger than the limit of " + size(limit) + " (" + PROPERTY + ")"));
    }

    private static byte[] drain(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** Binary units, as {@link DataSize} means them: {@code 1MB} is 1 MiB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kib = bytes / 1024.0;
        return kib < 1024 ? unit(kib, "KiB") : unit(kib / 1024, "MiB");
    }

    private static String unit(double value, String unit) {
        String number = String.format(Locale.ROOT, "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + unit;
    }
}
