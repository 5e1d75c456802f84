package dev.callsheet.pipeline.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether records lie between a committed offset and the end of a partition, or only transaction
 * markers: a reader of committed data, placed at the committed offset, either gets a record before
 * the end or moves past the end without one. A partition it cannot tell about in time counts as
 * holding records.
 */
final class PendingRecords implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    /** The offsets from {@code from} (the committed one) up to, not including, {@code to} (the end). */
    record Gap(long from, long to) {}

    /** Reads committed data only, on no consumer group: assigned, never committing. */
    private final Consumer<byte[], byte[]> reader;

    PendingRecords(Consumer<byte[], byte[]> reader) {
        this.reader = reader;
    }

    Set<TopicPartition> holdingRecords(Map<TopicPartition, Gap> gaps) {
        if (gaps.isEmpty()) {
            return Set.of();
        }
        reader.assign(gaps.keySet());
        gaps.forEach((partition, gap) -> reader.seek(partition, gap.from()));
        Set<TopicPartition> open = new HashSet<>(gaps.keySet());
        Set<TopicPartition> holding = new HashSet<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<TopicPartition, Long> positions = new HashMap<>();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            for (var record : reader.poll(Duration.ofMillis(100))) {
                var partition = new TopicPartition(record.topic(), record.partition());
                if (open.remove(partition)
                        && record.offset() < gaps.get(partition).to()) {
                    holding.add(partition);
                }
            }
            open.forEach(partition -> positions.put(partition, reader.position(partition)));
            open.removeIf(
                    partition -> positions.get(partition) >= gaps.get(partition).to());
        }
        holding.addAll(open);
        reader.assign(List.of());
        return holding;
    }

    @Override
    public void close() {
        reader.close(CloseOptions.timeout(Duration.ofSeconds(1)));
    }
}
