package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.request.RequesterLedger;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What feeds the requester ledger, and a requester's ledger as the decider reads it. Only the facts
 * that make a request (Overseerr's {@code MEDIA_PENDING} and {@code MEDIA_AUTO_APPROVED}) feed it: a
 * later fact about an old request the ledger has let go of must not count as a new request.
 */
final class RequesterLedgers {

    private RequesterLedgers() {}

    /** One ledger entry per identity of the requester of a request {@code envelope} makes; none otherwise. */
    static List<KeyValue<String, RequesterLedger.Entry>> entries(Envelope envelope) {
        MediaEvent event = envelope.event();
        if (!(event instanceof RequestSubmitted || event instanceof RequestAutoApproved)) {
            return List.of();
        }
        RequestEvent made = (RequestEvent) event;
        var entry =
                new RequesterLedger.Entry(made.requestId(), envelope.delivery().receivedAt());
        return RequesterLedger.identities(made.requestedBy()).stream()
                .map(identity -> KeyValue.pair(identity, entry))
                .toList();
    }

    /** The ledger of the requester of {@code event}, from all their identities; empty for other facts. */
    static RequesterLedger of(ReadOnlyKeyValueStore<String, RequesterLedger> ledgers, MediaEvent event) {
        if (!(event instanceof RequestEvent request)) {
            return RequesterLedger.EMPTY;
        }
        RequesterLedger all = RequesterLedger.EMPTY;
        for (String identity : RequesterLedger.identities(request.requestedBy())) {
            RequesterLedger ledger = ledgers.get(identity);
            if (ledger != null) {
                all = all.merged(ledger);
            }
        }
        return all;
    }
}
