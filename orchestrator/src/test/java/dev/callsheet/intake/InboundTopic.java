package dev.callsheet.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
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

    /**
     * Asserts that intake stored {@code body} under delivery {@code id}, with the headers it writes
     * and its receipt time as the record's timestamp.
     */
    void assertStored(String source, String id, String instance, String contentType, byte[] body) {
        ConsumerRecord<String, byte[]> record = record(source + ":" + id);
        assertThat(record.value()).isEqualTo(body);
        Map<String, String> headers = StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), UTF_8)));
        assertThat(headers)
                .containsEntry(InboundHeaders.SOURCE, source)
                .containsEntry(InboundHeaders.INSTANCE, instance)
                .containsEntry(InboundHeaders.CONTENT_TYPE, contentType)
                .containsEntry(InboundHeaders.DELIVERY_ID, id)
                .containsKey(InboundHeaders.RECEIVED_AT)
                .hasSize(5);
        Instant receivedAt = Instant.parse(headers.get(InboundHeaders.RECEIVED_AT));
        assertThat(Duration.between(receivedAt, Instant.now())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(record.timestamp()).isEqualTo(receivedAt.toEpochMilli());
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
