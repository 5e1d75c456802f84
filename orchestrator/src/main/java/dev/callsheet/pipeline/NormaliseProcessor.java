package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.SourceKind;
import dev.callsheet.intake.ParsedWebhook;
import dev.callsheet.intake.UnparseableWebhook;
import dev.callsheet.intake.WebhookParsers;
import dev.callsheet.source.SourceObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw inbound webhook → facts. Whatever the body holds, the stream keeps running: a body its parser
 * rejects, or a parser bug, becomes a dead letter with the reason and the original bytes.
 */
final class NormaliseProcessor implements Processor<String, byte[], String, Normalised> {

    private static final Logger log = LoggerFactory.getLogger(NormaliseProcessor.class);

    private final WebhookParsers parsers;
    private ProcessorContext<String, Normalised> context;

    NormaliseProcessor(WebhookParsers parsers) {
        this.parsers = parsers;
    }

    @Override
    public void init(ProcessorContext<String, Normalised> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        var headers = record.headers();
        byte[] body = record.value() == null ? new byte[0] : record.value();
        String deliveryId = header(headers, InboundHeaders.DELIVERY_ID, record.key());
        String instance = header(headers, InboundHeaders.INSTANCE, null);
        String contentType = header(headers, InboundHeaders.CONTENT_TYPE, null);
        Instant receivedAt = receivedAt(headers, record.timestamp());
        SourceKind source;
        try {
            source = SourceKind.fromId(header(headers, InboundHeaders.SOURCE, ""));
        } catch (IllegalArgumentException e) {
            reject(
                    record,
                    new DeadLetter(
                            deliveryId,
                            null,
                            instance,
                            receivedAt,
                            "normalise",
                            "record has no known source header",
                            contentType,
                            body));
            return;
        }
        if (instance == null) {
            instance = source.id();
        }
        var delivery = new Delivery(deliveryId, source, instance, receivedAt, Fingerprint.of(source, instance, body));
        try {
            ParsedWebhook parsed = parsers.parse(source, instance, body);
            parsed.mediaEvents()
                    .forEach(keyed -> context.forward(record.withKey(keyed.key().value())
                            .withValue(new Normalised.Fact(new Envelope(keyed.key(), delivery, keyed.event())))));
            if (!parsed.unkeyedEvents().isEmpty()) {
                // Key lookups are not resolved yet: the whole body is dead-lettered, so that the
                // facts can be replayed once they are rather than be dropped unseen.
                rejected(record, delivery, contentType, body, awaitingKeys(parsed));
                return;
            }
            heard(record, delivery, parsed.eventType(), parsed.sourceEvent().orElse(null), null);
        } catch (UnparseableWebhook e) {
            rejected(record, delivery, contentType, body, e.getMessage());
        } catch (RuntimeException e) {
            log.error("parser for {} failed on delivery {}", source.id(), deliveryId, e);
            rejected(record, delivery, contentType, body, "parser failed: " + e);
        }
    }

    private static String awaitingKeys(ParsedWebhook parsed) {
        return parsed.eventType() + " awaits the key of its series by "
                + parsed.unkeyedEvents().stream()
                        .map(unkeyed -> unkeyed.lookup().value())
                        .collect(Collectors.joining(", "))
                + ", which is not looked up yet";
    }

    private void rejected(
            Record<String, byte[]> record, Delivery delivery, String contentType, byte[] body, String reason) {
        reject(
                record,
                new DeadLetter(
                        delivery.id(),
                        delivery.source(),
                        delivery.instance(),
                        delivery.receivedAt(),
                        "normalise",
                        reason,
                        contentType,
                        body));
        heard(record, delivery, null, null, reason);
    }

    private void reject(Record<String, byte[]> record, DeadLetter deadLetter) {
        String key =
                deadLetter.source() == null ? "unknown" : deadLetter.source().id();
        context.forward(record.withKey(key).withValue(new Normalised.Rejected(deadLetter)));
    }

    private void heard(
            Record<String, byte[]> record,
            Delivery delivery,
            String eventType,
            dev.callsheet.events.source.SourceEvent sourceEvent,
            String problem) {
        var observation = new SourceObservation(
                delivery.source(),
                delivery.instance(),
                delivery.id(),
                delivery.receivedAt(),
                eventType,
                sourceEvent,
                problem);
        context.forward(record.withKey(observation.statusKey()).withValue(new Normalised.Heard(observation)));
    }

    private static Instant receivedAt(Headers headers, long recordTimestamp) {
        String value = header(headers, InboundHeaders.RECEIVED_AT, null);
        if (value != null) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                log.warn("unreadable {} header '{}'; using the record timestamp", InboundHeaders.RECEIVED_AT, value);
            }
        }
        return Instant.ofEpochMilli(recordTimestamp);
    }

    private static String header(Headers headers, String name, String fallback) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }
}
