package dev.callsheet.intake;

import dev.callsheet.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what intake wrote to {@code inbound}, with a plain consumer that owns every partition. */
final class InboundTopic implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, ConsumerRecord<String, byte[]>> seen = new HashMap<>();

    InboundTopic(String bootstrapServers) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        String topic = new Topics(Topics.DEFAULT_PREFIX).inbound();
        consumer.assign(consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList());
        consumer.seekToBeginning(consumer.assignment());
    }

    /** The record with this key; fails if it has not arrived within a few seconds. */
    synchronized ConsumerRecord<String, byte[]> record(String key) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!seen.containsKey(key) && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.put(record.key(), record));
        }
        return Optional.ofNullable(seen.get(key))
                .orElseThrow(() -> new AssertionError("no record with key " + key + " in inbound"));
    }

    /** Whether any record so far holds exactly these bytes. */
    synchronized boolean holdsValue(byte[] value) {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.put(record.key(), record));
        return seen.values().stream().anyMatch(record -> java.util.Arrays.equals(record.value(), value));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
