package dev.callsheet.request;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.NotificationAttempt;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.RequesterAddressed;
import dev.callsheet.events.media.Subscribed;
import java.time.Duration;
import java.time.Instant;

/**
 * Given/when/then over the decider: {@code given(facts...)} folds facts into a media item, {@code
 * when(fact)} decides one more. Each fact is a fresh delivery one minute after the previous one,
 * with its own fingerprint; {@link #whenRedelivered()} repeats the last one byte for byte. {@code
 * givenSeries} plays the facts about a series, {@link #later} moves the clock on and {@link #tick}
 * lets the wall clock's punctuator call; {@link #ruledBy} applies approval rules.
 */
final class Scenario {

    static final Instant START = Instant.parse("2024-06-01T10:00:00Z");

    /** The defaults of {@code callsheet.pipeline.relist-every} and {@code relist-after-giving-up}. */
    static final Relisting RELISTING = new Relisting(Duration.ofHours(6), Duration.ofHours(1));

    private final MediaKey key;
    private final PlexServers plex;
    private SearchPolicy search = SearchPolicy.DEFAULT;
    private MediaItem item;
    private Envelope last;
    private int deliveries;
    private Duration shift = Duration.ZERO;
    private ApprovalRules rules = ApprovalRules.NONE;
    private RequesterLedger ledger = RequesterLedger.EMPTY;
    private Deadlines deadlines = Deadlines.DEFAULTS;
    private Notifying notifying = Notifying.NONE;

    private Scenario(MediaKey key, PlexServers plex) {
        this.key = key;
        this.plex = plex;
    }

    static Scenario given(MediaEvent... facts) {
        return given(Facts.DUNE, facts);
    }

    static Scenario givenSeries(MediaEvent... facts) {
        return given(SeriesFacts.SEVERANCE, facts);
    }

    static Scenario given(MediaKey key, MediaEvent... facts) {
        return given(key, PlexServers.NONE, facts);
    }

    /** The movie, with {@code plex} confirming its imports. */
    static Scenario givenPlex(PlexServers plex, MediaEvent... facts) {
        return given(Facts.DUNE, plex, facts);
    }

    /** The series, with {@code plex} confirming its imports. */
    static Scenario givenSeriesPlex(PlexServers plex, MediaEvent... facts) {
        return given(SeriesFacts.SEVERANCE, plex, facts);
    }

    static Scenario given(MediaKey key, PlexServers plex, MediaEvent... facts) {
        Scenario scenario = new Scenario(key, plex);
        for (MediaEvent fact : facts) {
            scenario.when(fact);
        }
        return scenario;
    }

    Outcome when(MediaEvent fact) {
        deliveries++;
        return decide(new Envelope(key, delivery(fact, "fp-" + deliveries), fact));
    }

    /** Decides each fact in turn: the outcome of the last. */
    Outcome whenAll(MediaEvent... facts) {
        Outcome outcome = null;
        for (MediaEvent fact : facts) {
            outcome = when(fact);
        }
        return outcome;
    }

    /** The sender retries the last webhook: a new delivery of the very same body. */
    Outcome whenRedelivered() {
        deliveries++;
        return decide(new Envelope(key, delivery(last.event(), last.delivery().fingerprint()), last.event()));
    }

    /** Later facts are decided with {@code rules}, their requester's ledger being {@code ledger}. */
    Scenario ruledBy(ApprovalRules rules, RequesterLedger ledger) {
        this.rules = rules;
        this.ledger = ledger;
        return this;
    }

    /** Later facts and ticks tell people as {@code routes} and {@code people} say. */
    Scenario notifying(NoticeRoutes routes, NoticePeople people) {
        notifying = new Notifying(routes, people);
        return this;
    }

    /** Ticks search the arrs by {@code policy} from now on. */
    Scenario searching(SearchPolicy policy) {
        search = policy;
        return this;
    }

    /** Moves the clock on: later facts and ticks arrive {@code duration} after they would have. */
    Scenario later(Duration duration) {
        shift = shift.plus(duration);
        return this;
    }

    /** Ticks from now on check these deadlines instead of the defaults. */
    Scenario with(Deadlines next) {
        deadlines = next;
        return this;
    }

    /** Ticks from now on pass no deadline: for specs of what else the passing of time does. */
    Scenario withoutDeadlines() {
        Duration never = Duration.ofDays(3650);
        return with(new Deadlines(never, never, never, never, never));
    }

    /** The punctuator calls, one minute after the last delivery (or tick). */
    Outcome tick() {
        deliveries++;
        MediaItem before = item;
        Decision decision = Decider.tick(before, now(), RELISTING, plex, deadlines, search, notifying);
        item = decision.state();
        return new Outcome(this, before, null, decision);
    }

    /** When the next delivery or tick arrives. */
    Instant now() {
        return at(deliveries).plus(shift);
    }

    MediaItem item() {
        return item;
    }

    private Outcome decide(Envelope envelope) {
        MediaItem before = item;
        Instant now = envelope.delivery().receivedAt();
        Decision decision = Decider.decide(before, envelope, now, plex, rules, ledger, notifying);
        item = decision.state();
        last = envelope;
        return new Outcome(this, before, envelope, decision);
    }

    private Delivery delivery(MediaEvent fact, String fingerprint) {
        SourceKind source = source(fact);
        return new Delivery("d-" + deliveries, source, source.id(), now(), fingerprint);
    }

    /** When the {@code n}th delivery of a scenario arrives. */
    static Instant at(int n) {
        return START.plus(Duration.ofMinutes(n));
    }

    private static SourceKind source(MediaEvent event) {
        if (event instanceof RequestSubmitted submitted && submitted.order() != null) {
            return SourceKind.CALLSHEET;
        }
        if (event instanceof RequestEvent || event instanceof IssueActivity) {
            return SourceKind.OVERSEERR;
        }
        if (event instanceof DownloadReported) {
            return SourceKind.QBITTORRENT;
        }
        if (event instanceof LibraryItemAdded || event instanceof EpisodeAvailable) {
            return SourceKind.PLEX;
        }
        if (PlexFacts.fromCallsheet(event)
                || event instanceof NotificationAttempt
                || event instanceof Subscribed
                || event instanceof RequesterAddressed) {
            return SourceKind.CALLSHEET;
        }
        return event.media().type() == MediaType.SERIES ? SourceKind.SONARR : SourceKind.RADARR;
    }
}
