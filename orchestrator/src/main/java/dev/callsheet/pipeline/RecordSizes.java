package dev.callsheet.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.util.unit.DataSize;

/**
 * How large a record Callsheet may write, in bytes, and the Kafka settings that let every record
 * through. Two things bound a record: a webhook body, at most {@code callsheet.intake.max-body}, and
 * the pipeline's own records, at most {@link #PIPELINE_RECORD} by design (see "Record sizes" in
 * the architecture). Every topic, producer and the embedded broker accept the larger of the two, so
 * nothing Callsheet writes can be too large to write.
 *
 * @param maxBody the largest webhook body intake accepts
 */
public record RecordSizes(long maxBody) {

    /**
     * What a record needs beyond its value: its key, its headers (the sender's {@code Content-Type}
     * among them, which the server bounds with all request headers at 8 KiB) and the batch framing.
     */
    public static final int FRAMING = 16 * 1024;

    /** The largest record of the pipeline's own, framing included: the common cap of managed clusters. */
    public static final int PIPELINE_RECORD = 8 * 1024 * 1024;

    /** The largest value the pipeline writes to a topic or a store; {@link JsonSerde} refuses larger ones. */
    public static final int PIPELINE_VALUE = PIPELINE_RECORD - FRAMING;

    /** Kafka's default producer buffer, which must hold at least one whole record. */
    private static final long DEFAULT_BUFFER = 32L * 1024 * 1024;

    public static RecordSizes of(DataSize maxBody) {
        return new RecordSizes(maxBody.toBytes());
    }

    /** What the largest webhook takes in {@code inbound}. */
    public long inboundRecord() {
        return maxBody + FRAMING;
    }

    /** The largest record anywhere: what every topic and producer is sized for. */
    public int limit() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(PIPELINE_RECORD, inboundRecord()));
    }

    /** The topic setting every topic Callsheet creates gets. */
    public Map<String, String> topicConfig() {
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(limit()));
    }

    /** Topics to create, each with {@link #topicConfig()} added to its own settings. */
    public KafkaAdmin.NewTopics limited(NewTopic... topics) {
        for (NewTopic topic : topics) {
            Map<String, String> configs = new HashMap<>(topic.configs() == null ? Map.of() : topic.configs());
            configs.putAll(topicConfig());
            topic.configs(configs);
        }
        return new KafkaAdmin.NewTopics(topics);
    }

    /** A producer's settings: a request as large as the largest record, and a buffer to hold it. */
    public Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                limit(),
                ProducerConfig.BUFFER_MEMORY_CONFIG,
                Math.max(DEFAULT_BUFFER, 2L * limit()));
    }

    /** Kafka Streams' settings: its producer's, and the limit of the changelog and repartition topics it creates. */
    public Map<String, Object> streamsConfig() {
        return Map.of(
                StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                limit(),
                StreamsConfig.producerPrefix(ProducerConfig.BUFFER_MEMORY_CONFIG),
                Math.max(DEFAULT_BUFFER, 2L * limit()),
                StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
                Integer.toString(limit()));
    }

    /**
     * The embedded broker's settings: its default for topics (Kafka's own among them) and a request
     * size that lets the largest record through.
     */
    public Map<String, String> brokerSettings() {
        long request = Math.max(100L * 1024 * 1024, 2L * limit());
        return Map.of(
                "message.max.bytes",
                Integer.toString(limit()),
                "socket.request.max.bytes",
                Long.toString(Math.min(Integer.MAX_VALUE, request)));
    }
}
