package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds the series of facts that arrived without one, keyed by the lookup value ({@code
 * episode:tvdb:10384103}, {@code request:overseerr-128}). Keeps the {@code key-index} (lookup value →
 * series TVDB id, from the episodes keyed facts list and from lookup answers) and holds each fact
 * whose key is not known yet, in arrival order, until its entry comes, the lookup fails, or {@code
 * hold-for} has passed; then it is released unchanged or dead-lettered with the reason. Nothing is
 * dropped unseen.
 */
final class KeyLookupProcessor implements Processor<String, LookupInput, String, LookedUp> {

    /** The Overseerr instance a request's lookup asks; Overseerr webhooks name no instance. */
    static final String OVERSEERR_INSTANCE = "overseerr";

    private static final Duration LONGEST_CHECK = Duration.ofMinutes(1);

    private final PipelineProperties settings;
    private ProcessorContext<String, LookedUp> context;
    private KeyValueStore<String, Long> index;
    private KeyValueStore<String, HeldFacts> held;

    KeyLookupProcessor(PipelineProperties settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, LookedUp> context) {
        this.context = context;
        this.index = context.getStateStore(StoreNames.KEY_INDEX);
        this.held = context.getStateStore(StoreNames.HELD_FACTS);
        Duration checkEvery = settings.holdFor().compareTo(LONGEST_CHECK) < 0 ? settings.holdFor() : LONGEST_CHECK;
        context.schedule(checkEvery, PunctuationType.WALL_CLOCK_TIME, this::expire);
    }

    @Override
    public void process(Record<String, LookupInput> record) {
        String key = record.key();
        switch (record.value()) {
            case LookupInput.Indexed indexed -> found(key, indexed.seriesTvdbId(), record.timestamp());
            case LookupInput.Found found -> found(key, found.seriesTvdbId(), record.timestamp());
            case LookupInput.NotFound notFound -> notFound(key, notFound.reason(), record.timestamp());
            case LookupInput.Waiting waiting -> waiting(key, waiting.fact(), record.timestamp());
        }
    }

    private void found(String key, long seriesTvdbId, long timestamp) {
        Long known = index.get(key);
        if (known == null || known != seriesTvdbId) {
            index.put(key, seriesTvdbId);
        }
        HeldFacts waiting = held.delete(key);
        if (waiting != null) {
            waiting.facts().forEach(entry -> release(entry.fact().keyed(seriesTvdbId), timestamp));
        }
    }

    private void notFound(String key, String reason, long timestamp) {
        HeldFacts waiting = held.delete(key);
        if (waiting != null) {
            waiting.facts()
                    .forEach(entry -> reject(
                            entry.fact(),
                            "%s awaited the key of its series by %s, which cannot be found: %s"
                                    .formatted(entry.fact().event().sourceEventType(), key, reason),
                            timestamp));
        }
    }

    private void waiting(String key, UnkeyedFact fact, long timestamp) {
        Long known = index.get(key);
        if (known != null) {
            release(fact.keyed(known), timestamp);
            return;
        }
        HeldFacts waiting = held.get(key);
        if (waiting == null) {
            waiting = HeldFacts.none();
        }
        if (waiting.facts().size() >= settings.maxHeld()) {
            reject(
                    fact,
                    "%s was not held: %d facts already await the key of their series by %s (callsheet.pipeline.max-held)"
                            .formatted(fact.event().sourceEventType(), settings.maxHeld(), key),
                    timestamp);
            return;
        }
        if (waiting.facts().isEmpty() && fact.lookup() instanceof KeyLookup.ByRequest byRequest) {
            // Asked once per wait: later facts of the same request share the answer.
            var command = new LookUpOverseerrRequest("lookup-" + fact.delivery().id(), byRequest, OVERSEERR_INSTANCE);
            forward(command.key(), new LookedUp.Asked(command), timestamp);
        }
        held.put(key, waiting.plus(fact, context.currentSystemTimeMs()));
    }

    /** Dead-letters every fact that has waited {@code hold-for}; the rest keep waiting, in order. */
    private void expire(long now) {
        List<KeyValue<String, HeldFacts>> all = new ArrayList<>();
        try (var iterator = held.all()) {
            iterator.forEachRemaining(all::add);
        }
        long holdFor = settings.holdFor().toMillis();
        for (var entry : all) {
            var kept = new ArrayList<HeldFacts.Held>();
            for (var waiting : entry.value.facts()) {
                if (now - waiting.heldSince() >= holdFor) {
                    reject(
                            waiting.fact(),
                            "%s waited %s for the key of its series by %s, which did not come (callsheet.pipeline.hold-for)"
                                    .formatted(
                                            waiting.fact().event().sourceEventType(),
                                            words(settings.holdFor()),
                                            entry.key),
                            now);
                } else {
                    kept.add(waiting);
                }
            }
            if (kept.isEmpty()) {
                held.delete(entry.key);
            } else if (kept.size() < entry.value.facts().size()) {
                held.put(entry.key, new HeldFacts(kept));
            }
        }
    }

    private void release(Envelope envelope, long timestamp) {
        forward(envelope.mediaKey().value(), new LookedUp.Released(envelope), timestamp);
    }

    private void reject(UnkeyedFact fact, String reason, long timestamp) {
        forward(fact.delivery().source().id(), new LookedUp.Rejected(fact.deadLetter(reason)), timestamp);
    }

    private void forward(String key, LookedUp value, long timestamp) {
        context.forward(new Record<>(key, value, timestamp));
    }

    private static String words(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toMillisPart() == 0
                ? duration.toMinutes() + " min"
                : duration.toMillis() + " ms";
    }
}
