package dev.callsheet.pipeline;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A value larger than {@link RecordSizes#PIPELINE_VALUE}: refused when it is serialised, before a
 * store or a producer could take it, so that its writer can decide what to do instead.
 */
public final class OversizedRecord extends SerializationException {

    OversizedRecord(String what, int bytes) {
        super("%s is %d bytes, over the %d bytes a pipeline record may take (%d with key, headers and framing)"
                .formatted(what, bytes, RecordSizes.PIPELINE_VALUE, RecordSizes.PIPELINE_RECORD));
    }
}
