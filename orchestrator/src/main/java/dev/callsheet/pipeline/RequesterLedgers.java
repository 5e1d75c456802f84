package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.RequesterLedger;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What feeds the requester ledger, and a requester's ledger as the decider reads it. Only the facts
 * that make a request (Overseerr's {@code MEDIA_PENDING} and {@code MEDIA_AUTO_APPROVED}) feed it: a
 * later fact about an old request the ledger has let go of must not count as a new request.
 */
public final class RequesterLedgers {

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
        return event instanceof RequestEvent request ? of(ledgers::get, request.requestedBy()) : RequesterLedger.EMPTY;
    }

    /**
     * The ledger of {@code requester}, from all their identities, each looked up in the ledger store
     * ({@link StoreNames#REQUESTER_LEDGER}) by {@code ledgers}, which answers null for an unknown one.
     */
    public static RequesterLedger of(Function<String, RequesterLedger> ledgers, Requester requester) {
        RequesterLedger all = RequesterLedger.EMPTY;
        for (String identity : RequesterLedger.identities(requester)) {
            RequesterLedger ledger = ledgers.apply(identity);
            if (ledger != null) {
                all = all.merged(ledger);
            }
        }
        return all;
    }
}
