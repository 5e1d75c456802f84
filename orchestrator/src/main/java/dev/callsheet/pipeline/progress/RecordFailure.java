package dev.callsheet.pipeline.progress;

import java.time.Instant;

/**
 * A failure of a Streams task: a stream thread that died, or a record a failure handler dealt with.
 *
 * @param task the task id ({@code 0_1}), or null when the failure named none
 * @param partition the input partition of the record being processed ({@code callsheet.inbound-1}),
 *     or null when it is not known
 * @param offset that record's offset, or null when it is not known
 * @param reason what went wrong, in one line
 */
public record RecordFailure(Instant at, String task, String partition, Long offset, String reason) {

    /** Whether this names the same record as {@code other}: same task, partition and offset. */
    boolean sameRecordAs(RecordFailure other) {
        return offset != null
                && offset.equals(other.offset)
                && partition != null
                && partition.equals(other.partition)
                && task != null
                && task.equals(other.task);
    }
}
