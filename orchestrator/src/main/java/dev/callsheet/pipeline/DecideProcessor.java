package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.EventJson;
import dev.callsheet.request.Decider;
import dev.callsheet.request.Decision;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.TimelineEntry;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pure decider for each fact, keyed by media key: reads the item, decides, stores the new
 * item and its media timeline entries, and forwards request entries and views. The fact's receive
 * time is the decider's "now", so a replay decides the same.
 */
final class DecideProcessor implements Processor<String, Envelope, String, Decided> {

    private static final Logger log = LoggerFactory.getLogger(DecideProcessor.class);

    private ProcessorContext<String, Decided> context;
    private KeyValueStore<String, MediaItem> items;
    private KeyValueStore<String, TimelineEntry> mediaTimeline;

    @Override
    public void init(ProcessorContext<String, Decided> context) {
        this.context = context;
        this.items = context.getStateStore(StoreNames.MEDIA_ITEMS);
        this.mediaTimeline = context.getStateStore(StoreNames.MEDIA_TIMELINE);
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
            decision =
                    Decider.decide(items.get(key), envelope, envelope.delivery().receivedAt());
        } catch (RuntimeException e) {
            log.error("decider failed on {} for {}", envelope.delivery().id(), key, e);
            reject(record, envelope, "decider failed: " + e);
            return;
        }
        items.put(key, decision.state());
        for (TimelineEntry entry : decision.timeline()) {
            if (entry.requestId() == null) {
                mediaTimeline.put(StoreNames.sequenced(key, entry.sequence()), entry);
            } else {
                context.forward(record.withKey(entry.requestId().value()).withValue(new Decided.Entry(entry)));
            }
        }
        decision.changedRequests()
                .forEach(view ->
                        context.forward(record.withKey(view.id().value()).withValue(new Decided.View(view))));
    }

    private void reject(Record<String, Envelope> record, Envelope envelope, String reason) {
        var delivery = envelope.delivery();
        var deadLetter = new DeadLetter(
                delivery.id(),
                delivery.source(),
                delivery.instance(),
                delivery.receivedAt(),
                "decide",
                reason,
                "application/json",
                EventJson.mapper().writeValueAsBytes(envelope));
        context.forward(record.withKey(delivery.source().id()).withValue(new Decided.Rejected(deadLetter)));
    }
}
