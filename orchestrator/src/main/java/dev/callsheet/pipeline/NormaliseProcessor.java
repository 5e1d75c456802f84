package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.OwnRecord;
import dev.callsheet.events.command.UserAction;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.WebhookParsers;
import dev.callsheet.source.SourceObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Raw inbound webhook → facts. Whatever the body holds, the stream keeps running: a body its parser
 * rejects, or a parser bug, becomes a dead letter with the reason, a reference to the original record
 * and the start of its bytes. Everything forwarded carries the {@link InboundOrigin} of its record. Facts
 * without their series' key, and the answers of key lookups, go to the key-lookup stage; download
 * clients' reports go to the correlation stage; records from source {@code callsheet} are the
 * outcomes of Callsheet's own commands.
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
        Original original = Original.of(InboundOrigin.current(context, deliveryId), contentType, body);
        InboundOrigin.stamp(headers, original.at());
        SourceKind source;
        try {
            source = SourceKind.fromId(header(headers, InboundHeaders.SOURCE, ""));
        } catch (IllegalArgumentException e) {
            var unknownSender = new Delivery(deliveryId, null, instance, receivedAt, null);
            reject(record, deadLetter(unknownSender, original, "record has no known source header"));
            return;
        }
        if (instance == null) {
            instance = source.id();
        }
        var delivery = new Delivery(deliveryId, source, instance, receivedAt, Fingerprint.of(source, instance, body));
        if (source == SourceKind.CALLSHEET) {
            own(record, delivery, original, body);
            return;
        }
        ParsedWebhook parsed;
        try {
            parsed = parsers.parse(source, instance, body);
        } catch (UnparseableWebhook e) {
            rejected(record, delivery, original, e.getMessage());
            return;
        } catch (RuntimeException e) {
            log.error("parser for {} failed on delivery {}", source.id(), deliveryId, e);
            rejected(record, delivery, original, "parser failed: " + e);
            return;
        }
        // A fact its sink cannot take (over the pipeline's bound) is dead-lettered by the production handler.
        forward(record, delivery, original, parsed);
    }

    private void forward(Record<String, byte[]> record, Delivery delivery, Original original, ParsedWebhook parsed) {
        parsed.mediaEvents().forEach(keyed -> fact(record, new Envelope(keyed.key(), delivery, keyed.event())));
        parsed.unkeyedEvents()
                .forEach(unkeyed -> lookup(
                        record,
                        unkeyed.lookup().value(),
                        new LookupInput.Waiting(
                                new UnkeyedFact(unkeyed.lookup(), delivery, unkeyed.event(), original))));
        parsed.downloadReports().forEach(report -> report(record, new UnkeyedReport(delivery, report, original)));
        heard(record, delivery, parsed.eventType(), parsed.sourceEvent().orElse(null), null);
    }

    /**
     * The outcome of one of Callsheet's own commands, or what someone did through its API. Callsheet is
     * not a source whose status anyone watches, so it is not "heard"; an unreadable record is still
     * dead-lettered.
     */
    private void own(Record<String, byte[]> record, Delivery delivery, Original original, byte[] body) {
        OwnRecord own;
        try {
            own = EventJson.mapper().readValue(body, OwnRecord.class);
        } catch (JacksonException | IllegalArgumentException e) {
            reject(record, deadLetter(delivery, original, "not a record of Callsheet's own: " + e.getMessage()));
            return;
        }
        switch (own) {
            case CommandOutcome.MediaFact fact -> fact(record, new Envelope(fact.mediaKey(), delivery, fact.event()));
            case UserAction action -> fact(record, new Envelope(action.mediaKey(), delivery, action.event()));
            case CommandOutcome.KeyFound found ->
                lookup(record, found.lookup().value(), new LookupInput.Found(found.commandId(), found.seriesTvdbId()));
            case CommandOutcome.KeyNotFound notFound ->
                lookup(
                        record,
                        notFound.lookup().value(),
                        new LookupInput.NotFound(notFound.commandId(), notFound.reason()));
        }
    }

    private void fact(Record<String, byte[]> record, Envelope envelope) {
        context.forward(record.withKey(envelope.mediaKey().value()).withValue(new Normalised.Fact(envelope)));
    }

    private void lookup(Record<String, byte[]> record, String lookupValue, LookupInput input) {
        context.forward(record.withKey(lookupValue).withValue(new Normalised.Lookup(lookupValue, input)));
    }

    private void report(Record<String, byte[]> record, UnkeyedReport report) {
        context.forward(record.withKey(report.downloadKey()).withValue(new Normalised.Report(report)));
    }

    private void rejected(Record<String, byte[]> record, Delivery delivery, Original original, String reason) {
        reject(record, deadLetter(delivery, original, reason));
        heard(record, delivery, null, null, reason);
    }

    private static DeadLetter deadLetter(Delivery delivery, Original original, String reason) {
        return new DeadLetter(
                delivery.id(),
                delivery.source(),
                delivery.instance(),
                delivery.receivedAt(),
                "normalise",
                reason,
                original.contentType(),
                original.at(),
                original.bytes(),
                original.excerpt());
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
