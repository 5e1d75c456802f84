package dev.callsheet.pipeline.progress;

import java.time.Instant;
import java.util.List;

/**
 * What the watch remembers of one task between two samples.
 *
 * @param task the task id ({@code 0_1})
 * @param partitions its input partitions as last sampled
 * @param lastProgressAt when its committed offsets were last seen to move; null when not seen since
 *     this instance started
 * @param waitingSince when it was first seen with records waiting and no progress since; null while
 *     nothing waits
 */
public record TaskProgress(
        String task, List<PartitionOffsets> partitions, Instant lastProgressAt, Instant waitingSince) {

    public TaskProgress {
        partitions = List.copyOf(partitions);
    }

    /** Records waiting on all its partitions. */
    public long lag() {
        return partitions.stream().mapToLong(PartitionOffsets::lag).sum();
    }

    /** Whether this task has committed beyond {@code offset} on {@code partition}. */
    boolean passed(String partition, long offset) {
        return partitions.stream()
                .anyMatch(sampled -> sampled.partition().equals(partition) && sampled.committed() > offset);
    }
}
