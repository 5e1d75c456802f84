package dev.callsheet.pipeline.failure;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.Topics;
import dev.callsheet.pipeline.InboundOrigin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;

/** Fixtures for the failure handlers: Streams' error context, the headers a pipeline record carries. */
final class Failures {

    static final Topics TOPICS = new Topics(Topics.DEFAULT_PREFIX);
    static final Instant RECEIVED = Instant.parse("2026-01-10T12:00:00Z");
    static final String DELIVERY = "0b6a3c1e-delivery";
    static final TaskId TASK = new TaskId(1, 2);

    private Failures() {}

    /** What Streams hands a handler: where the record being processed was read, and its headers. */
    record Context(
            String topic,
            int partition,
            long offset,
            Headers headers,
            String processorNodeId,
            TaskId taskId,
            long timestamp,
            byte[] sourceRawKey,
            byte[] sourceRawValue)
            implements ErrorHandlerContext {

        static Context at(String topic, int partition, long offset, String node, Headers headers) {
            return new Context(topic, partition, offset, headers, node, TASK, RECEIVED.toEpochMilli(), null, null);
        }
    }

    static FailedRecords failedRecords() {
        return new FailedRecords(Clock.fixed(RECEIVED.plusSeconds(5), ZoneOffset.UTC));
    }

    static Map<String, Object> configs(FailedRecords failures) {
        return Map.of(FailureHandling.CONFIG, new FailureHandling(TOPICS, failures));
    }

    /** Intake's headers on an inbound record from Radarr. */
    static Headers inboundHeaders() {
        var headers = new RecordHeaders();
        headers.add(InboundHeaders.SOURCE, "radarr".getBytes(UTF_8));
        headers.add(InboundHeaders.INSTANCE, "radarr4k".getBytes(UTF_8));
        headers.add(InboundHeaders.CONTENT_TYPE, "application/json".getBytes(UTF_8));
        headers.add(InboundHeaders.RECEIVED_AT, RECEIVED.toString().getBytes(UTF_8));
        headers.add(InboundHeaders.DELIVERY_ID, DELIVERY.getBytes(UTF_8));
        return headers;
    }

    /** The headers of a record the normaliser derived from {@code inbound} partition 1, offset 42. */
    static Headers stampedHeaders() {
        var headers = inboundHeaders();
        headers.add(InboundOrigin.PARTITION, "1".getBytes(UTF_8));
        headers.add(InboundOrigin.OFFSET, "42".getBytes(UTF_8));
        return headers;
    }

    static Headers minimalDeadLetterHeaders() {
        var headers = stampedHeaders();
        headers.add(DeadLettering.MINIMAL, "true".getBytes(UTF_8));
        return headers;
    }

    static DeadLetter letter(ProducerRecord<byte[], byte[]> record) {
        return EventJson.mapper().readValue(record.value(), DeadLetter.class);
    }
}
