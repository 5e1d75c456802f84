package dev.callsheet.command;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.intake.ReceivedWebhook;
import java.time.Instant;

/**
 * Writes command outcomes to {@code inbound} through intake's writer, the topic's one writer, as
 * records of source {@code callsheet}: durable like a webhook, replayable with them, and normalised
 * by the pipeline like one. Writing to {@code events} directly would give that topic a second
 * writer and bypass the key lookups.
 */
public final class OutcomeWriter {

    private final InboundWriter inbound;

    public OutcomeWriter(InboundWriter inbound) {
        this.inbound = inbound;
    }

    /**
     * Returns once the broker has acknowledged the outcome; bounded by {@code
     * callsheet.intake.ack-timeout}.
     *
     * @param instance the instance the command was carried out against
     */
    public void write(String instance, CommandOutcome outcome) {
        byte[] body = EventJson.mapper().writeValueAsBytes(outcome);
        inbound.write(new ReceivedWebhook(SourceKind.CALLSHEET, instance, "application/json", body, Instant.now()))
                .block();
    }
}
