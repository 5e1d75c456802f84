package dev.callsheet.readside;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.broker.BrokerConnection;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.InboundRef;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Reads one record of {@code inbound} back by its coordinates: a consumer of its own per read that
 * assigns the one partition and seeks to the offset, in no group, committing nothing, reading only
 * committed records, never more than one record of the topics' record limit. Every instance can
 * read every partition, so no read is passed on to another. Blocking, for a few seconds at most:
 * call it from {@code boundedElastic}.
 */
final class InboundRecords {

    /** How long one read may wait for the broker. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final Map<String, Object> consumerConfig;
    private final String topic;

    private InboundRecords(Map<String, Object> consumerConfig, String topic) {
        this.consumerConfig = Collections.unmodifiableMap(consumerConfig);
        this.topic = topic;
    }

    /**
     * Reads {@code topic} with the connection and security settings of {@code spring.kafka.*}, like
     * every other client, fetching at most {@code maxRecord} bytes.
     */
    static InboundRecords of(KafkaProperties kafka, KafkaConnectionDetails connection, String topic, int maxRecord) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        var consumer = connection.getConsumer();
        BrokerConnection.apply(config, consumer);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, maxRecord);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, maxRecord);
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "callsheet-originals");
        return new InboundRecords(config, topic);
    }

    /** What a read found. */
    sealed interface Read {

        /** The record's body as stored, and the content type it came with (null if none was recorded). */
        record Found(byte[] body, String contentType) implements Read {}

        /** Why there is nothing to show. */
        record Missing(String why) implements Read {}
    }

    /** @throws TimeoutException when the broker did not answer within {@link #PATIENCE} */
    Read read(InboundRef ref) {
        String at = "%s partition %d offset %d".formatted(topic, ref.partition(), ref.offset());
        try (var consumer =
                new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            boolean exists = consumer.partitionsFor(topic, PATIENCE).stream()
                    .anyMatch(partition -> partition.partition() == ref.partition());
            if (!exists || ref.offset() < 0) {
                return new Read.Missing("there is no " + at);
            }
            var partition = new TopicPartition(topic, ref.partition());
            consumer.assign(List.of(partition));
            long first = consumer.beginningOffsets(List.of(partition), PATIENCE).get(partition);
            long end = consumer.endOffsets(List.of(partition), PATIENCE).get(partition);
            if (ref.offset() < first || ref.offset() >= end) {
                return new Read.Missing("there is no record at " + at + " (the first offset kept is " + first
                        + ", the next to be written " + end + ")");
            }
            consumer.seek(partition, ref.offset());
            return checked(ref, at, recordAt(consumer, ref.offset()));
        }
    }

    private static ConsumerRecord<byte[], byte[]> recordAt(KafkaConsumer<byte[], byte[]> consumer, long offset) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (long left = PATIENCE.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            var records = consumer.poll(Duration.ofNanos(left));
            if (!records.isEmpty()) {
                var record = records.iterator().next();
                // Past the offset: the record there is gone (an aborted write leaves a gap).
                return record.offset() == offset ? record : null;
            }
        }
        throw new TimeoutException("no record came within " + PATIENCE.toSeconds() + " s");
    }

    private static Read checked(InboundRef ref, String at, ConsumerRecord<byte[], byte[]> record) {
        if (record == null || record.value() == null) {
            return new Read.Missing("the record at " + at + " is gone");
        }
        String deliveryId = header(record, InboundHeaders.DELIVERY_ID);
        if (!ref.deliveryId().equals(deliveryId)) {
            return new Read.Missing("the record at " + at + " is not delivery " + ref.deliveryId());
        }
        return new Read.Found(record.value(), header(record, InboundHeaders.CONTENT_TYPE));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
