package dev.callsheet.pipeline.watch;

import dev.callsheet.pipeline.progress.PartitionOffsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * A task's committed and end offsets, as the broker has them: the group's committed offsets (what a
 * replaced thread, or another instance, starts from) and the partitions' end offsets as a
 * transactional reader sees them. Not Streams' own task metadata, which is a thread's view: gone
 * with a thread that died, and its "end" is the last record fetched, not the end of the partition.
 * Under exactly-once, a transaction's commit marker takes an offset after its last record, so
 * {@code end - committed} can be 1 with no record waiting; a {@link PendingRecords} probe tells.
 */
final class OffsetSampler implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final PendingRecords pending;
    /** Partition counts, by topic: the pipeline's topics keep theirs. */
    private final Map<String, Integer> partitionCounts = new HashMap<>();

    OffsetSampler(Admin admin, PendingRecords pending) {
        this.admin = admin;
        this.pending = pending;
    }

    /** How many partitions each of {@code topics} has. */
    Map<String, Integer> partitionCounts(Set<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        var unknown = topics.stream()
                .filter(topic -> !partitionCounts.containsKey(topic))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            admin.describeTopics(unknown)
                    .allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((topic, description) ->
                            partitionCounts.put(topic, description.partitions().size()));
        }
        return Map.copyOf(partitionCounts);
    }

    /** The offsets of {@code partitions} for the consumer group {@code group} (the Streams application id). */
    Map<TopicPartition, PartitionOffsets> sample(String group, Set<TopicPartition> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((partition, offset) -> {
                    if (offset != null && partitions.contains(partition)) {
                        committed.put(partition, offset.offset());
                    }
                });
        var uncommitted = partitions.stream()
                .filter(partition -> !committed.containsKey(partition))
                .collect(Collectors.toSet());
        // Nothing committed yet: the pipeline starts from the beginning.
        committed.putAll(offsets(uncommitted, OffsetSpec.earliest()));
        var ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, PendingRecords.Gap> gaps = new HashMap<>();
        partitions.stream()
                .filter(partition -> ends.get(partition) > committed.get(partition))
                .forEach(partition ->
                        gaps.put(partition, new PendingRecords.Gap(committed.get(partition), ends.get(partition))));
        var waiting = pending.holdingRecords(gaps);
        Map<TopicPartition, PartitionOffsets> sampled = new HashMap<>();
        for (var partition : partitions) {
            long from = committed.get(partition);
            long end = ends.get(partition);
            long lag = waiting.contains(partition) ? end - from : 0;
            sampled.put(partition, new PartitionOffsets(partition.toString(), from, end, lag));
        }
        return sampled;
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResultInfo> listed = admin.listOffsets(
                        partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)),
                        new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        listed.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @Override
    public void close() {
        pending.close();
        admin.close(Duration.ofSeconds(1));
    }
}
