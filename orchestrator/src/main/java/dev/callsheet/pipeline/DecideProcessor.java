package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.EventJson;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.Deadlines;
import dev.callsheet.request.Decider;
import dev.callsheet.request.Decision;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.Notifying;
import dev.callsheet.request.PlexServers;
import dev.callsheet.request.Relisting;
import dev.callsheet.request.RequesterLedger;
import dev.callsheet.request.SearchPolicy;
import dev.callsheet.request.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pure decider for each fact, keyed by media key: reads the item, decides, stores the new
 * item and its media timeline entries, and forwards request entries, views and commands. The fact's
 * receive time is the decider's "now", so a replay decides the same. A wall-clock punctuator offers
 * every stored item to {@code Decider.tick} and applies what it decides the same way.
 *
 * <p>A request fact is decided with the approval rules and its requester's ledger, read from the
 * global {@link StoreNames#REQUESTER_LEDGER} store. That store lags the facts: the ledger is kept by
 * another task (partitioned by requester, not by media item) and reaches every instance through a
 * topic, so it has a request some time after the request's own fact is decided, the commit interval
 * and the global store's poll at least (with exactly-once, about 100 ms to a few hundred ms; more
 * while the pipeline is behind). Two requests by one person arriving closer together than that, on
 * one partition or on two, may each be decided without the other in the ledger: a quota can let
 * through the requests of such a burst beyond its limit. It never counts a request twice, nor one its
 * own quota's span has passed.
 */
final class DecideProcessor implements Processor<String, Envelope, String, Decided> {

    private static final Logger log = LoggerFactory.getLogger(DecideProcessor.class);

    private final Duration tickInterval;
    private final Relisting relisting;
    private final PlexServers plex;
    private final ApprovalRules rules;
    private final Deadlines deadlines;
    private final SearchPolicy search;
    private final Notifying notifying;
    private ProcessorContext<String, Decided> context;
    private KeyValueStore<String, MediaItem> items;
    private KeyValueStore<String, TimelineEntry> mediaTimeline;
    private KeyValueStore<String, RequesterLedger> ledgers;

    DecideProcessor(
            Duration tickInterval,
            Relisting relisting,
            PlexServers plex,
            ApprovalRules rules,
            Deadlines deadlines,
            SearchPolicy search,
            Notifying notifying) {
        this.tickInterval = tickInterval;
        this.relisting = relisting;
        this.plex = plex;
        this.rules = rules;
        this.deadlines = deadlines;
        this.search = search;
        this.notifying = notifying;
    }

    @Override
    public void init(ProcessorContext<String, Decided> context) {
        this.context = context;
        this.items = context.getStateStore(StoreNames.MEDIA_ITEMS);
        this.mediaTimeline = context.getStateStore(StoreNames.MEDIA_TIMELINE);
        this.ledgers = context.getStateStore(StoreNames.REQUESTER_LEDGER);
        context.schedule(tickInterval, PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, Envelope> record) {
        Envelope envelope = record.value();
        if (envelope == null) {
            return;
        }
        String key = envelope.mediaKey().value();
        Decision decision;
        try {
            decision = Decider.decide(
                    items.get(key),
                    envelope,
                    envelope.delivery().receivedAt(),
                    plex,
                    rules,
                    RequesterLedgers.of(ledgers, envelope.event()),
                    notifying);
        } catch (RuntimeException e) {
            log.error("decider failed on {} for {}", envelope.delivery().id(), key, e);
            reject(record, envelope, "decider failed: " + e);
            return;
        }
        try {
            items.put(key, decision.state());
        } catch (OversizedRecord e) {
            // Nothing of the decision is applied: the item stays as it was, and the fact can be replayed.
            log.warn("fact {} for {} not applied: {}", envelope.delivery().id(), key, e.getMessage());
            reject(record, envelope, "the media item would outgrow its bound: " + e.getMessage());
            return;
        }
        apply(decision, key, record.timestamp(), record.headers());
    }

    private void tick(long now) {
        // Collected first: the items are written while they are offered.
        List<KeyValue<String, MediaItem>> all = new ArrayList<>();
        try (var iterator = items.all()) {
            iterator.forEachRemaining(all::add);
        }
        for (var item : all) {
            Decision decision;
            try {
                decision = Decider.tick(
                        item.value, Instant.ofEpochMilli(now), relisting, plex, deadlines, search, notifying);
            } catch (RuntimeException e) {
                log.error("decider failed on the tick for {}", item.key, e);
                continue;
            }
            try {
                if (!decision.state().equals(item.value)) {
                    items.put(item.key, decision.state());
                }
            } catch (OversizedRecord e) {
                log.warn("tick for {} not applied: {}", item.key, e.getMessage());
                continue;
            }
            // A tick stems from no inbound record, so what it decides carries no origin.
            apply(decision, item.key, now, new RecordHeaders());
        }
    }

    /**
     * Forwards what was decided with the fact's headers, so that a record written from it (and a dead
     * letter of that record) still names its {@link InboundOrigin}.
     */
    private void apply(Decision decision, String key, long timestamp, Headers headers) {
        for (TimelineEntry entry : decision.timeline()) {
            if (entry.requestId() == null) {
                mediaTimeline.put(StoreNames.sequenced(key, entry.sequence()), entry);
            } else {
                forward(entry.requestId().value(), new Decided.Entry(entry), timestamp, headers);
            }
        }
        decision.changedRequests()
                .forEach(view -> forward(view.id().value(), new Decided.View(view), timestamp, headers));
        decision.commands().forEach(command -> forward(command.key(), new Decided.Issued(command), timestamp, headers));
    }

    private void forward(String key, Decided value, long timestamp, Headers headers) {
        context.forward(new Record<>(key, value, timestamp, headers));
    }

    private void reject(Record<String, Envelope> record, Envelope envelope, String reason) {
        var delivery = envelope.delivery();
        // The excerpt is of the fact, which is what the decider failed on; the original is in inbound.
        var deadLetter = DeadLetter.of(
                delivery,
                InboundOrigin.read(record.headers()),
                "decide",
                reason,
                "application/json",
                EventJson.mapper().writeValueAsBytes(envelope));
        context.forward(record.withKey(delivery.source().id()).withValue(new Decided.Rejected(deadLetter)));
    }
}
