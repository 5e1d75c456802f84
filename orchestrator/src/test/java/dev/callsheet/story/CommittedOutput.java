package dev.callsheet.story;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.Topics;
import dev.callsheet.pipeline.JsonSerde;
import dev.callsheet.request.TimelineEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the pipeline has committed, read as any downstream consumer reads it ({@code
 * read_committed}): an aborted attempt is invisible, a decision written twice is not.
 *
 * @param timeline request id → the deliveries its timeline entries were decided from, in order
 * @param events media key → the deliveries its normalised facts came from, in order
 * @param deadLetters how many records {@code deadletter} holds
 */
record CommittedOutput(Map<String, List<String>> timeline, Map<String, List<String>> events, long deadLetters) {

    static CommittedOutput read(String bootstrapServers, Topics topics) {
        Map<String, List<String>> timeline = new HashMap<>();
        read(
                bootstrapServers,
                topics.timeline(),
                JsonSerde.of(TimelineEntry.class).deserializer(),
                (key, entry) ->
                        timeline.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.deliveryId()));
        Map<String, List<String>> events = new HashMap<>();
        read(
                bootstrapServers,
                topics.events(),
                JsonSerde.of(Envelope.class).deserializer(),
                (key, envelope) -> events.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(envelope.delivery().id()));
        var deadLetters = new AtomicLong();
        read(
                bootstrapServers,
                topics.deadletter(),
                new ByteArrayDeserializer(),
                (key, bytes) -> deadLetters.incrementAndGet());
        return new CommittedOutput(timeline, events, deadLetters.get());
    }

    /** Every record up to the topic's end as it was when reading began. */
    private static <V> void read(
            String bootstrapServers, String topic, Deserializer<V> values, BiConsumer<String, V> each) {
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            var reading = new ArrayList<>(partitions);
            while (!reading.isEmpty()) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> each.accept(record.key(), record.value()));
                reading.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
        }
    }

    List<String> timelineOf(String requestId) {
        return timeline.getOrDefault(requestId, List.of());
    }

    List<String> eventsOf(String mediaKey) {
        return events.getOrDefault(mediaKey, List.of());
    }
}
