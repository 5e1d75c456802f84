package dev.callsheet.notification;

import dev.callsheet.events.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.core.JacksonException;

/**
 * The delivery log in Kafka: the compacted {@code notifications} topic, keyed by notification id, whose
 * latest record per id is the entry. Read from the beginning to the end at start by a consumer in no
 * group; written with the broker's acknowledgement awaited.
 */
final class DeliveryLogTopic implements DeliveryLog.Store {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLogTopic.class);

    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, byte[]> producer;
    private final String topic;
    private final Duration patience;

    /**
     * @param consumerConfig connection settings, without a group
     * @param patience how long a write, or each step of reading back, may wait for the broker
     */
    DeliveryLogTopic(
            Map<String, Object> consumerConfig,
            KafkaTemplate<String, byte[]> producer,
            String topic,
            Duration patience) {
        this.consumerConfig = Collections.unmodifiableMap(new HashMap<>(consumerConfig));
        this.producer = producer;
        this.topic = topic;
        this.patience = patience;
    }

    @Override
    public List<DeliveryEntry> readAll() {
        Map<String, DeliveryEntry> entries = new LinkedHashMap<>();
        try (var consumer =
                new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, patience).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, patience));
            long deadline = System.nanoTime() + 6 * patience.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), patience) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within "
                            + 6 * patience.toSeconds() + " s; the delivery log is needed before any notice is sent");
                }
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        entries.remove(record.key());
                    } else {
                        read(record.value(), record.key()).ifPresent(entry -> entries.put(entry.id(), entry));
                    }
                }
            }
        }
        return new ArrayList<>(entries.values());
    }

    private Optional<DeliveryEntry> read(byte[] value, String key) {
        try {
            return Optional.of(EventJson.mapper().readValue(value, DeliveryEntry.class));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            log.warn("Delivery log entry {} in {} could not be read and is skipped: {}", key, topic, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void write(DeliveryEntry entry) {
        send(entry.id(), EventJson.mapper().writeValueAsBytes(entry));
    }

    @Override
    public void forget(String id) {
        send(id, null);
    }

    private void send(String id, byte[] value) {
        try {
            producer.send(topic, id, value).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the delivery log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the delivery log (" + topic + ") could not be written: " + e, e);
        }
    }
}
