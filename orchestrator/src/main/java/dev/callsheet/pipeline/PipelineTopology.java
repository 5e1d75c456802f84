package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.Topics;
import dev.callsheet.events.command.Command;
import dev.callsheet.normalise.WebhookParsers;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.Deadlines;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.Notifying;
import dev.callsheet.request.PlexServers;
import dev.callsheet.request.RequestView;
import dev.callsheet.request.RequesterLedger;
import dev.callsheet.request.SearchPolicy;
import dev.callsheet.request.TimelineEntry;
import dev.callsheet.source.SourceObservation;
import dev.callsheet.source.SourceStatus;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The pipeline as a plain function of its inputs, so that tests drive exactly what runs.
 *
 * <pre>
 * inbound ─normalise─┬─► events ─decide─┬─► timeline ─► request-timeline store
 *                    │   (media-items,   ├─► requests ─► request-views store
 *                    │    media-timeline,├─► commands
 *                    │    requester-     └─► deadletter
 *                    │    ledger ◄──────────────────────────────────────────────┐ (global)
 *                    │   events ─(by requester)─ledger─► requester-ledger ──────┘
 *                    │   (requester-ledger-kept)
 *                    ├─► (by lookup value) ─key-lookup─┬─► events (held facts, now keyed)
 *                    │   (key-index, held-facts)       ├─► commands (LookUpOverseerrRequest)
 *                    │                                 └─► deadletter (keys that did not come)
 *                    ├─► (by download id) ─correlate─► events (DownloadReported)
 *                    │   (download-index, held-downloads, unknown-downloads)
 *                    ├─► deadletter ─► dead-letters store
 *                    └─► (by source) ─source-status─► sources store
 *                                                   └─► commands (source-unhealthy notices)
 * </pre>
 *
 * The series facts that list episodes feed the key index too, through the same repartition topic
 * as the facts waiting for it, so that both meet on one partition in the order they were normalised;
 * likewise the facts that name a download feed the download index, through the repartition topic of
 * the download clients' reports. {@code events} has three sinks here and {@code commands} three, but
 * each has one writer: this topology.
 */
public final class PipelineTopology {

    private static final Serde<String> KEYS = Serdes.String();

    private PipelineTopology() {}

    /**
     * @param plex the Plex servers the decider has confirm imports
     * @param rules the approval rules the decider applies to new requests
     * @param deadlines how long a request may stand at each stage
     * @param search when the decider searches the arrs
     * @param notifying who the decider tells what, and which admins hear of a source's health going bad
     */
    public static Topology build(
            Topics topics,
            WebhookParsers parsers,
            PipelineProperties settings,
            PlexServers plex,
            ApprovalRules rules,
            Deadlines deadlines,
            SearchPolicy search,
            Notifying notifying) {
        var builder = new StreamsBuilder();
        define(builder, topics, parsers, settings, plex, rules, deadlines, search, notifying);
        return builder.build();
    }

    /** Adds the whole pipeline to {@code builder}. */
    public static void define(
            StreamsBuilder builder,
            Topics topics,
            WebhookParsers parsers,
            PipelineProperties settings,
            PlexServers plex,
            ApprovalRules rules,
            Deadlines deadlines,
            SearchPolicy search,
            Notifying notifying) {
        normalise(builder, topics, parsers, settings, notifying);
        decide(builder, topics, settings, plex, rules, deadlines, search, notifying);
        materialise(builder, topics);
    }

    private static void normalise(
            StreamsBuilder builder,
            Topics topics,
            WebhookParsers parsers,
            PipelineProperties settings,
            Notifying notifying) {
        builder.addStateStore(store(StoreNames.SOURCES, SourceStatus.class));
        var normalised = builder.stream(
                        topics.inbound(),
                        Consumed.with(KEYS, Serdes.ByteArray()).withName("inbound"))
                .process(() -> new NormaliseProcessor(parsers), Named.as("normalise"))
                .split(Named.as("normalised-"))
                .branch((key, value) -> value instanceof Normalised.Fact, Branched.as("fact"))
                .branch((key, value) -> value instanceof Normalised.Rejected, Branched.as("rejected"))
                .branch((key, value) -> value instanceof Normalised.Lookup, Branched.as("lookup"))
                .branch((key, value) -> value instanceof Normalised.Report, Branched.as("report"))
                .defaultBranch(Branched.as("heard"));

        var facts = normalised.get("normalised-fact").mapValues(value -> ((Normalised.Fact) value).envelope());
        facts.to(topics.events(), Produced.with(KEYS, JsonSerde.of(Envelope.class)));
        toDeadLetter(
                normalised.get("normalised-rejected").mapValues(value -> ((Normalised.Rejected) value).deadLetter()),
                topics);
        toCommands(
                normalised
                        .get("normalised-heard")
                        .mapValues(value -> ((Normalised.Heard) value).observation())
                        .repartition(Repartitioned.with(KEYS, JsonSerde.of(SourceObservation.class))
                                .withName("source-observations"))
                        .process(
                                () -> new SourceStatusProcessor(notifying.routes()),
                                Named.as("source-status"),
                                StoreNames.SOURCES),
                topics);

        var indexed = facts.flatMap((key, envelope) -> EpisodeIndex.entries(envelope), Named.as("episode-index"));
        var lookups = normalised.get("normalised-lookup").map((key, value) -> {
            var lookup = (Normalised.Lookup) value;
            return KeyValue.pair(lookup.lookupValue(), lookup.input());
        });
        lookUpKeys(builder, topics, settings, lookups.merge(indexed));

        var named = facts.flatMap((key, envelope) -> DownloadIndex.entries(envelope), Named.as("download-entries"));
        var reports = normalised.get("normalised-report").mapValues(value ->
                (DownloadInput) new DownloadInput.Reported(((Normalised.Report) value).report()));
        correlate(builder, topics, settings, reports.merge(named));
    }

    private static void correlate(
            StreamsBuilder builder, Topics topics, PipelineProperties settings, KStream<String, DownloadInput> inputs) {
        builder.addStateStore(store(StoreNames.DOWNLOAD_INDEX, MediaKey.class));
        builder.addStateStore(store(StoreNames.HELD_DOWNLOADS, HeldReports.class));
        builder.addStateStore(store(StoreNames.UNKNOWN_DOWNLOADS, UnknownDownload.class));
        inputs.repartition(Repartitioned.with(KEYS, JsonSerde.of(DownloadInput.class))
                        .withName("download-reports"))
                .process(
                        () -> new CorrelateProcessor(settings),
                        Named.as("correlate"),
                        StoreNames.DOWNLOAD_INDEX,
                        StoreNames.HELD_DOWNLOADS,
                        StoreNames.UNKNOWN_DOWNLOADS)
                .to(topics.events(), Produced.with(KEYS, JsonSerde.of(Envelope.class)));
    }

    private static void lookUpKeys(
            StreamsBuilder builder, Topics topics, PipelineProperties settings, KStream<String, LookupInput> inputs) {
        builder.addStateStore(store(StoreNames.KEY_INDEX, Long.class));
        builder.addStateStore(store(StoreNames.HELD_FACTS, HeldFacts.class));
        inputs.repartition(Repartitioned.with(KEYS, JsonSerde.of(LookupInput.class))
                        .withName("key-lookups"))
                .process(
                        () -> new KeyLookupProcessor(settings),
                        Named.as("key-lookup"),
                        StoreNames.KEY_INDEX,
                        StoreNames.HELD_FACTS)
                .split(Named.as("looked-up-"))
                .branch(
                        (key, value) -> value instanceof LookedUp.Released,
                        Branched.withConsumer(
                                released -> released.mapValues(value -> ((LookedUp.Released) value).envelope())
                                        .to(topics.events(), Produced.with(KEYS, JsonSerde.of(Envelope.class)))))
                .branch(
                        (key, value) -> value instanceof LookedUp.Asked,
                        Branched.withConsumer(asked ->
                                toCommands(asked.mapValues(value -> ((LookedUp.Asked) value).command()), topics)))
                .defaultBranch(Branched.withConsumer(rejected ->
                        toDeadLetter(rejected.mapValues(value -> ((LookedUp.Rejected) value).deadLetter()), topics)));
    }

    private static void decide(
            StreamsBuilder builder,
            Topics topics,
            PipelineProperties settings,
            PlexServers plex,
            ApprovalRules rules,
            Deadlines deadlines,
            SearchPolicy search,
            Notifying notifying) {
        builder.addStateStore(store(StoreNames.MEDIA_ITEMS, MediaItem.class));
        builder.addStateStore(store(StoreNames.MEDIA_TIMELINE, TimelineEntry.class));
        var events = builder.stream(
                topics.events(),
                Consumed.with(KEYS, JsonSerde.of(Envelope.class)).withName("events"));
        keepLedgers(builder, topics, rules, events);
        events.process(
                        () -> new DecideProcessor(
                                settings.tickInterval(),
                                settings.relisting(),
                                plex,
                                rules,
                                deadlines,
                                search,
                                notifying),
                        Named.as("decide"),
                        StoreNames.MEDIA_ITEMS,
                        StoreNames.MEDIA_TIMELINE)
                .split(Named.as("decided-"))
                .branch(
                        (key, value) -> value instanceof Decided.Entry,
                        Branched.withConsumer(entries -> entries.mapValues(value -> ((Decided.Entry) value).entry())
                                .to(topics.timeline(), Produced.with(KEYS, JsonSerde.of(TimelineEntry.class)))))
                .branch((key, value) -> value instanceof Decided.View, Branched.withConsumer(views -> views.mapValues(
                                value -> ((Decided.View) value).view())
                        .to(topics.requests(), Produced.with(KEYS, JsonSerde.of(RequestView.class)))))
                .branch(
                        (key, value) -> value instanceof Decided.Issued,
                        Branched.withConsumer(issued ->
                                toCommands(issued.mapValues(value -> ((Decided.Issued) value).command()), topics)))
                .defaultBranch(Branched.withConsumer(rejected ->
                        toDeadLetter(rejected.mapValues(value -> ((Decided.Rejected) value).deadLetter()), topics)));
    }

    /**
     * The requester ledger. The decider runs per media item while a ledger is per requester, so the
     * facts that make requests are repartitioned by requester identity, added to that identity's
     * ledger by the one task that owns it ({@link StoreNames#REQUESTER_LEDGER_KEPT}), and each new
     * ledger is written to the compacted {@code requester-ledger} topic, which every instance reads
     * whole into the global store the decider reads ({@link StoreNames#REQUESTER_LEDGER}). The
     * store lags the facts; {@link DecideProcessor} says by how much and what that means for a quota.
     */
    private static void keepLedgers(
            StreamsBuilder builder, Topics topics, ApprovalRules rules, KStream<String, Envelope> events) {
        Duration keep = rules.keep();
        var ledgerSerde = JsonSerde.of(RequesterLedger.class);
        events.flatMap((key, envelope) -> RequesterLedgers.entries(envelope), Named.as("requester-ledger-entries"))
                .groupByKey(Grouped.with("requester-ledger-entries", KEYS, JsonSerde.of(RequesterLedger.Entry.class)))
                .aggregate(
                        () -> RequesterLedger.EMPTY,
                        (identity, entry, ledger) -> ledger.with(entry, keep),
                        Named.as("requester-ledger-keep"),
                        Materialized.<String, RequesterLedger, KeyValueStore<Bytes, byte[]>>as(
                                        StoreNames.REQUESTER_LEDGER_KEPT)
                                .withKeySerde(KEYS)
                                .withValueSerde(ledgerSerde))
                .toStream(Named.as("requester-ledger-changes"))
                .to(topics.requesterLedger(), Produced.with(KEYS, ledgerSerde));
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(StoreNames.REQUESTER_LEDGER), KEYS, ledgerSerde)
                        .withLoggingDisabled(),
                topics.requesterLedger(),
                Consumed.with(KEYS, ledgerSerde).withName("requester-ledger"),
                () -> new StoreWriter<RequesterLedger>(StoreNames.REQUESTER_LEDGER, Record::key));
    }

    private static void materialise(StreamsBuilder builder, Topics topics) {
        builder.table(
                topics.requests(),
                Consumed.with(KEYS, JsonSerde.of(RequestView.class)).withName("requests"),
                Materialized.<String, RequestView, KeyValueStore<Bytes, byte[]>>as(StoreNames.REQUEST_VIEWS)
                        .withKeySerde(KEYS)
                        .withValueSerde(JsonSerde.of(RequestView.class)));

        builder.addStateStore(store(StoreNames.REQUEST_TIMELINE, TimelineEntry.class));
        builder.stream(
                        topics.timeline(),
                        Consumed.with(KEYS, JsonSerde.of(TimelineEntry.class)).withName("timeline"))
                .process(
                        () -> new StoreWriter<TimelineEntry>(
                                StoreNames.REQUEST_TIMELINE,
                                record -> StoreNames.sequenced(
                                        record.key(), record.value().sequence())),
                        Named.as("request-timeline"),
                        StoreNames.REQUEST_TIMELINE);

        builder.addStateStore(store(StoreNames.DEAD_LETTERS, DeadLetter.class));
        builder.stream(
                        topics.deadletter(),
                        Consumed.with(KEYS, JsonSerde.of(DeadLetter.class)).withName("deadletter"))
                .process(
                        () -> new StoreWriter<DeadLetter>(
                                StoreNames.DEAD_LETTERS,
                                record -> record.value().receivedAt() + "|"
                                        + record.value().deliveryId()),
                        Named.as("dead-letters"),
                        StoreNames.DEAD_LETTERS);
    }

    private static void toCommands(KStream<String, Command> commands, Topics topics) {
        commands.to(topics.commands(), Produced.with(KEYS, JsonSerde.of(Command.class)));
    }

    private static void toDeadLetter(KStream<String, DeadLetter> deadLetters, Topics topics) {
        deadLetters.to(topics.deadletter(), Produced.with(KEYS, JsonSerde.of(DeadLetter.class)));
    }

    private static <V> org.apache.kafka.streams.state.StoreBuilder<KeyValueStore<String, V>> store(
            String name, Class<V> type) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), KEYS, JsonSerde.of(type));
    }
}
