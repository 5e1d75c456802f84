package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.Topics;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.normalise.WebhookParsers;
import dev.callsheet.normalise.nzbget.NzbgetWebhookParser;
import dev.callsheet.normalise.overseerr.OverseerrWebhookParser;
import dev.callsheet.normalise.plex.PlexWebhookParser;
import dev.callsheet.normalise.qbittorrent.QbittorrentWebhookParser;
import dev.callsheet.normalise.radarr.RadarrWebhookParser;
import dev.callsheet.normalise.sabnzbd.SabnzbdWebhookParser;
import dev.callsheet.normalise.sonarr.SonarrWebhookParser;
import dev.callsheet.pipeline.failure.FailedRecords;
import dev.callsheet.pipeline.failure.FailureHandling;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.Deadlines;
import dev.callsheet.request.Notifying;
import dev.callsheet.request.RequestView;
import dev.callsheet.request.SearchPolicy;
import dev.callsheet.request.TimelineEntry;
import dev.callsheet.source.InstanceProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The whole topology in a {@link TopologyTestDriver}, fed the way intake and the command listener write. */
final class PipelineDriver implements AutoCloseable {

    static final Topics TOPICS = new Topics(Topics.DEFAULT_PREFIX);
    static final Instant T0 = Instant.parse("2024-05-14T19:58:40Z");

    final TopologyTestDriver driver;
    final TestOutputTopic<String, Envelope> events;
    final TestOutputTopic<String, Command> commands;
    final TestOutputTopic<String, DeadLetter> deadletter;
    final TestOutputTopic<String, TimelineEntry> timeline;
    final TestOutputTopic<String, RequestView> requests;
    final TestInputTopic<String, byte[]> inbound;
    private int deliveries;

    PipelineDriver(Path stateDir, PipelineProperties settings) {
        this(stateDir, settings, new InstanceProperties(Map.of()));
    }

    PipelineDriver(Path stateDir, PipelineProperties settings, InstanceProperties instances) {
        this(stateDir, settings, instances, ApprovalRules.NONE);
    }

    PipelineDriver(Path stateDir, PipelineProperties settings, InstanceProperties instances, ApprovalRules rules) {
        this(stateDir, settings, instances, rules, Notifying.NONE);
    }

    PipelineDriver(
            Path stateDir,
            PipelineProperties settings,
            InstanceProperties instances,
            ApprovalRules rules,
            Notifying notifying) {
        var parsers = new WebhookParsers(
                List.of(
                        new OverseerrWebhookParser(),
                        new RadarrWebhookParser(),
                        new PlexWebhookParser(Set.of("Movies 4K")),
                        new SonarrWebhookParser(),
                        new QbittorrentWebhookParser(),
                        new SabnzbdWebhookParser(),
                        new NzbgetWebhookParser()),
                instances);
        Map<String, Object> settingsOfStreams = new HashMap<>();
        settingsOfStreams.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        settingsOfStreams.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        settingsOfStreams.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // The failure handlers the application runs with, so that what fails here fails as it would there.
        new FailureHandling(TOPICS, new FailedRecords(Clock.systemUTC())).configure(settingsOfStreams);
        var config = new Properties();
        config.putAll(settingsOfStreams);
        driver = new TopologyTestDriver(
                PipelineTopology.build(
                        TOPICS,
                        parsers,
                        settings,
                        PipelineConfiguration.plexServers(instances),
                        rules,
                        Deadlines.DEFAULTS,
                        SearchPolicy.DEFAULT,
                        notifying),
                config,
                T0);
        inbound = driver.createInputTopic(
                TOPICS.inbound(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        events = driver.createOutputTopic(
                TOPICS.events(),
                Serdes.String().deserializer(),
                JsonSerde.of(Envelope.class).deserializer());
        commands = driver.createOutputTopic(
                TOPICS.commands(),
                Serdes.String().deserializer(),
                JsonSerde.of(Command.class).deserializer());
        deadletter = driver.createOutputTopic(
                TOPICS.deadletter(),
                Serdes.String().deserializer(),
                JsonSerde.of(DeadLetter.class).deserializer());
        timeline = driver.createOutputTopic(
                TOPICS.timeline(),
                Serdes.String().deserializer(),
                JsonSerde.of(TimelineEntry.class).deserializer());
        requests = driver.createOutputTopic(
                TOPICS.requests(),
                Serdes.String().deserializer(),
                JsonSerde.of(RequestView.class).deserializer());
    }

    void deliver(SourceKind source, String resource) {
        deliver(source, source.id(), read(resource));
    }

    void deliver(SourceKind source, String instance, String resource) {
        deliver(source, instance, read(resource));
    }

    /** An outcome of a command, as the command listener writes it to {@code inbound}. */
    void deliverOutcome(CommandOutcome outcome) {
        deliver(SourceKind.CALLSHEET, "overseerr", EventJson.mapper().writeValueAsBytes(outcome));
    }

    void deliver(SourceKind source, String instance, byte[] body) {
        var at = T0.plusSeconds(60L * deliveries++);
        var id = UUID.randomUUID().toString();
        var headers = new RecordHeaders();
        headers.add(InboundHeaders.SOURCE, source.id().getBytes(StandardCharsets.UTF_8));
        headers.add(InboundHeaders.INSTANCE, instance.getBytes(StandardCharsets.UTF_8));
        headers.add(InboundHeaders.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        headers.add(InboundHeaders.RECEIVED_AT, at.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(InboundHeaders.DELIVERY_ID, id.getBytes(StandardCharsets.UTF_8));
        inbound.pipeInput(new TestRecord<>(source.id() + ":" + id, body, headers, at));
    }

    void advanceWallClock(Duration duration) {
        driver.advanceWallClockTime(duration);
    }

    static byte[] read(String resource) {
        try (InputStream in = PipelineDriver.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
