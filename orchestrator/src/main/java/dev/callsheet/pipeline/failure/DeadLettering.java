package dev.callsheet.pipeline.failure;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.InboundRef;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.Topics;
import dev.callsheet.pipeline.InboundOrigin;
import dev.callsheet.pipeline.failure.FailedRecords.Handling;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the failure handlers write instead of a record that failed: a dead letter like the pipeline's
 * own (keyed by source, so {@code GET /api/deadletters} lists it) naming the stage, the reason and the
 * record's original in {@code inbound}. A dead letter that fails, or a record read from the {@code
 * deadletter} topic that fails, is not dead-lettered again, which could go round for ever: it is
 * skipped, with one minimal dead letter by reference (marked, and without an excerpt), and a minimal
 * one that fails is skipped without another.
 */
final class DeadLettering {

    private static final Logger log = LoggerFactory.getLogger(DeadLettering.class);

    /** Marks a minimal dead letter, on the record and on whatever Streams derives from it. */
    static final String MINIMAL = "callsheet-minimal-dead-letter";

    private final Topics topics;
    private final FailedRecords failures;

    DeadLettering(Topics topics, FailedRecords failures) {
        this.topics = topics;
        this.failures = failures;
    }

    /**
     * The records to write instead of the one that failed at {@code at}.
     *
     * @param writingTo the topic a failed write was for; null for a failed processing
     * @param headers the headers of the record being processed
     * @param value the failed record's value as written (or as read), for the excerpt; null if unknown
     */
    List<ProducerRecord<byte[], byte[]>> instead(
            Handling handling, FailedAt at, String writingTo, Headers headers, byte[] value, String reason) {
        boolean ofDeadLetter =
                topics.deadletter().equals(at.topic()) || topics.deadletter().equals(writingTo);
        if (!ofDeadLetter) {
            failures.deadLettered(handling, at, reason);
            log.warn("dead-lettered the record at {}: {}", at, reason);
            return List.of(record(at, letter(at, writingTo, headers, value, reason, false), headers, false));
        }
        failures.skipped(at, reason);
        if (headers.lastHeader(MINIMAL) != null) {
            log.error("skipped a minimal dead letter at {}, and wrote none for it: {}", at, reason);
            return List.of();
        }
        log.error("skipped a dead letter at {}, writing a minimal one by reference instead: {}", at, reason);
        var letter = letter(at, writingTo, headers, value, "dead letter not written: " + reason, true);
        return List.of(record(at, letter, headers, true));
    }

    private DeadLetter letter(
            FailedAt at, String writingTo, Headers headers, byte[] value, String reason, boolean minimal) {
        String deliveryId = text(headers, InboundHeaders.DELIVERY_ID);
        InboundRef original = InboundOrigin.read(headers);
        if (original == null && topics.inbound().equals(at.topic())) {
            original = new InboundRef(at.partition(), at.offset(), deliveryId);
        }
        // Not traceable to inbound: where it was read is the next best reference.
        String where =
                original == null && at.topic() != null ? at.partitionName() + " offset " + at.offset() + ": " : "";
        // Only a failed processing of an inbound record has the sender's bytes; anything else is our JSON.
        boolean raw = writingTo == null && topics.inbound().equals(at.topic());
        return new DeadLetter(
                deliveryId,
                source(headers),
                text(headers, InboundHeaders.INSTANCE),
                receivedAt(headers, at),
                at.node(),
                where + reason,
                minimal ? null : raw ? text(headers, InboundHeaders.CONTENT_TYPE) : "application/json",
                original,
                value == null ? 0 : value.length,
                minimal ? null : DeadLetter.excerpt(value));
    }

    /** Timed as the record that failed, like the pipeline's own dead letters. */
    private ProducerRecord<byte[], byte[]> record(FailedAt at, DeadLetter letter, Headers headers, boolean minimal) {
        var copied = new RecordHeaders(headers.toArray()).remove(MINIMAL);
        if (minimal) {
            copied.add(MINIMAL, "true".getBytes(UTF_8));
        }
        String key = letter.source() == null ? "unknown" : letter.source().id();
        return new ProducerRecord<>(
                topics.deadletter(),
                null,
                at.timestamp(),
                key.getBytes(UTF_8),
                EventJson.mapper().writeValueAsBytes(letter),
                copied);
    }

    /** A record's value as bytes for the excerpt: as it is, or as Callsheet's JSON; null if it cannot be had. */
    static byte[] bytesOf(Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(UTF_8);
            default -> {
                try {
                    yield EventJson.mapper().writeValueAsBytes(value);
                } catch (RuntimeException e) {
                    // What could not be serialized is referred to, not quoted.
                    yield null;
                }
            }
        };
    }

    private static SourceKind source(Headers headers) {
        String id = text(headers, InboundHeaders.SOURCE);
        try {
            return id == null ? null : SourceKind.fromId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant receivedAt(Headers headers, FailedAt at) {
        String text = text(headers, InboundHeaders.RECEIVED_AT);
        try {
            if (text != null) {
                return Instant.parse(text);
            }
        } catch (DateTimeException e) {
            // Unreadable: the record's own time is the next best.
        }
        return at.timestamp() == null ? null : Instant.ofEpochMilli(at.timestamp());
    }

    private static String text(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
