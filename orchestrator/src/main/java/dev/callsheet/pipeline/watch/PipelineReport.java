package dev.callsheet.pipeline.watch;

import dev.callsheet.pipeline.failure.FailedRecords;
import dev.callsheet.pipeline.progress.PartitionOffsets;
import dev.callsheet.pipeline.progress.RecordFailure;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline as last watched on this instance: {@code GET /api/pipeline} shows it as it is, and
 * {@code /actuator/health} is {@code DOWN} while it has troubles.
 *
 * @param observedAt when the tasks were last sampled; null before the first sample
 * @param streams the Kafka Streams state ({@code RUNNING}, {@code REBALANCING}, …)
 * @param troubles what is wrong, worst first; empty when the pipeline gets on with its work
 * @param tasks this instance's tasks, also those of a stream thread that died, by id
 * @param counters what the failure handlers did since this instance started
 */
public record PipelineReport(
        Instant observedAt,
        String streams,
        List<TroubleView> troubles,
        List<Task> tasks,
        FailedRecords.Counts counters) {

    public PipelineReport {
        troubles = List.copyOf(troubles);
        tasks = List.copyOf(tasks);
    }

    /**
     * One Streams task.
     *
     * @param id the task id ({@code 0_1}: sub-topology 0, partition 1)
     * @param inputPartitions the partitions it reads
     * @param offsets each partition's committed and end offsets, and the records waiting there
     * @param lag the records waiting on all its partitions
     * @param lastProgressAt when its committed offsets were last seen to move; null when not since start
     * @param waitingSince since when records wait without progress; null while none wait
     * @param lastError its last failure: a dead-lettered, skipped or retried record, or a thread failure
     */
    public record Task(
            String id,
            List<String> inputPartitions,
            List<PartitionOffsets> offsets,
            long lag,
            Instant lastProgressAt,
            Instant waitingSince,
            RecordFailure lastError) {}
}
