package dev.callsheet.request;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * Given/when/then over the decider: {@code given(facts...)} folds facts into a media item, {@code
 * when(fact)} decides one more. Each fact is a fresh delivery one minute after the previous one,
 * with its own fingerprint; {@link #whenRedelivered()} repeats the last one byte for byte.
 */
final class Scenario {

    static final Instant START = Instant.parse("2024-06-01T10:00:00Z");

    private MediaItem item;
    private Envelope last;
    private int deliveries;

    private Scenario() {}

    static Scenario given(MediaEvent... facts) {
        Scenario scenario = new Scenario();
        for (MediaEvent fact : facts) {
            scenario.when(fact);
        }
        return scenario;
    }

    Outcome when(MediaEvent fact) {
        deliveries++;
        return decide(new Envelope(Facts.DUNE, delivery(fact, "fp-" + deliveries), fact));
    }

    /** The sender retries the last webhook: a new delivery of the very same body. */
    Outcome whenRedelivered() {
        deliveries++;
        return decide(
                new Envelope(Facts.DUNE, delivery(last.event(), last.delivery().fingerprint()), last.event()));
    }

    MediaItem item() {
        return item;
    }

    private Outcome decide(Envelope envelope) {
        MediaItem before = item;
        Instant now = envelope.delivery().receivedAt();
        Decision decision = Decider.decide(before, envelope, now);
        item = decision.state();
        last = envelope;
        return new Outcome(this, before, envelope, decision);
    }

    private Delivery delivery(MediaEvent fact, String fingerprint) {
        SourceKind source = source(fact);
        return new Delivery("d-" + deliveries, source, source.id(), at(deliveries), fingerprint);
    }

    /** When the {@code n}th delivery of a scenario arrives. */
    static Instant at(int n) {
        return START.plus(Duration.ofMinutes(n));
    }

    private static SourceKind source(MediaEvent event) {
        if (event instanceof RequestEvent || event instanceof IssueActivity) {
            return SourceKind.OVERSEERR;
        }
        return event instanceof LibraryItemAdded ? SourceKind.PLEX : SourceKind.RADARR;
    }
}
