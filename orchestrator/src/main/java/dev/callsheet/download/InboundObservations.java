package dev.callsheet.download;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.intake.ReceivedWebhook;
import java.time.Instant;

/**
 * Writes observations to {@code inbound} through intake's writer, the topic's one writer, as records
 * of the client's source: as durable as a webhook (idempotent, acknowledged by the broker), and read
 * by the same parsers as the clients' own script webhooks.
 */
final class InboundObservations implements ObservationWriter {

    private final InboundWriter inbound;

    InboundObservations(InboundWriter inbound) {
        this.inbound = inbound;
    }

    /** Bounded by {@code callsheet.intake.ack-timeout}. */
    @Override
    public void write(SourceKind client, String instance, WatcherObservation observation) {
        byte[] body = EventJson.mapper().writeValueAsBytes(observation);
        inbound.write(new ReceivedWebhook(client, instance, "application/json", body, Instant.now()))
                .block();
    }
}
