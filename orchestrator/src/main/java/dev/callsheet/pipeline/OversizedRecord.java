package dev.callsheet.pipeline;

import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A value larger than {@link RecordSizes#PIPELINE_VALUE}: refused when it is serialised, before a
 * store or a producer could take it, so that its writer can decide what to do instead.
 */
public final class OversizedRecord extends SerializationException {

    /** The oversized record among the causes of {@code failure}, as a sink that refused one reports it. */
    static Optional<OversizedRecord> among(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OversizedRecord oversized) {
                return Optional.of(oversized);
            }
        }
        return Optional.empty();
    }

    OversizedRecord(String what, int bytes) {
        super("%s is %d bytes, over the %d bytes a pipeline record may take (%d with key, headers and framing)"
                .formatted(what, bytes, RecordSizes.PIPELINE_VALUE, RecordSizes.PIPELINE_RECORD));
    }
}
