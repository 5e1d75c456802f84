package dev.callsheet.pipeline.failure;

import dev.callsheet.pipeline.progress.RecordFailure;
import java.time.Instant;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Where a record failed, as Streams' error handler context tells it: the task and node, and the input
 * record being processed. A punctuation has no input record: topic, partition and offset are null.
 */
record FailedAt(String task, String node, String topic, Integer partition, Long offset, Long timestamp) {

    static FailedAt of(ErrorHandlerContext context) {
        String task = context.taskId() == null ? null : context.taskId().toString();
        boolean read = context.topic() != null && context.offset() >= 0;
        return new FailedAt(
                task,
                context.processorNodeId(),
                read ? context.topic() : null,
                read ? context.partition() : null,
                read ? context.offset() : null,
                context.timestamp() >= 0 ? context.timestamp() : null);
    }

    /** {@code topic-partition}, as Kafka writes it, or null for a punctuation. */
    String partitionName() {
        return topic == null ? null : topic + "-" + partition;
    }

    RecordFailure failure(Instant at, String reason) {
        return new RecordFailure(at, task, partitionName(), offset, reason);
    }

    @Override
    public String toString() {
        return topic == null
                ? "task %s, node %s (punctuation)".formatted(task, node)
                : "task %s, node %s, %s offset %d".formatted(task, node, partitionName(), offset);
    }
}
