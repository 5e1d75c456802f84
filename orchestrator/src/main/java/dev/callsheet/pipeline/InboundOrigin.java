package dev.callsheet.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.InboundRef;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Which {@code inbound} record a pipeline record stems from. The normaliser stamps the coordinates
 * of the record it read on everything it forwards; Kafka Streams carries headers on to every record
 * derived from it, down to the decider's output. So wherever a record fails, its dead letter can
 * point at the original bytes instead of copying them.
 */
public final class InboundOrigin {

    /** The {@code inbound} partition of the record a pipeline record stems from. */
    public static final String PARTITION = "callsheet-inbound-partition";
    /** The {@code inbound} offset of the record a pipeline record stems from. */
    public static final String OFFSET = "callsheet-inbound-offset";

    private InboundOrigin() {}

    /** The coordinates of the record being processed, when it was read from a topic. */
    static InboundRef current(ProcessorContext<?, ?> context, String deliveryId) {
        return context.recordMetadata()
                .map(metadata -> new InboundRef(metadata.partition(), metadata.offset(), deliveryId))
                .orElse(null);
    }

    /** Adds {@code origin} to {@code headers}, replacing an earlier stamp. */
    static void stamp(Headers headers, InboundRef origin) {
        if (origin == null) {
            return;
        }
        headers.remove(PARTITION).remove(OFFSET);
        headers.add(PARTITION, Integer.toString(origin.partition()).getBytes(UTF_8));
        headers.add(OFFSET, Long.toString(origin.offset()).getBytes(UTF_8));
    }

    /** The stamped origin, or null when {@code headers} carry none (or a malformed one). */
    public static InboundRef read(Headers headers) {
        if (headers == null) {
            return null;
        }
        String partition = text(headers, PARTITION);
        String offset = text(headers, OFFSET);
        if (partition == null || offset == null) {
            return null;
        }
        try {
            return new InboundRef(
                    Integer.parseInt(partition), Long.parseLong(offset), text(headers, InboundHeaders.DELIVERY_ID));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
