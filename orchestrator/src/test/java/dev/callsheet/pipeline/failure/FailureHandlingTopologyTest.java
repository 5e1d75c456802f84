package dev.callsheet.pipeline.failure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.InboundRef;
import dev.callsheet.events.Topics;
import dev.callsheet.normalise.WebhookParsers;
import dev.callsheet.normalise.radarr.RadarrWebhookParser;
import dev.callsheet.pipeline.JsonSerde;
import dev.callsheet.pipeline.PipelineProperties;
import dev.callsheet.pipeline.PipelineTopology;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.Deadlines;
import dev.callsheet.request.Notifying;
import dev.callsheet.request.PlexServers;
import dev.callsheet.request.SearchPolicy;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.SourceStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real topology with the failure handlers, as Kafka Streams runs them, plus two test nodes: one
 * on {@code inbound} that throws on a "poison-pill" body and passes an "unwritable" one to a sink
 * whose serializer refuses it, and one on {@code deadletter} that throws on the poison pill's dead
 * letters.
 */
class FailureHandlingTopologyTest {

    private static final Topics TOPICS = Failures.TOPICS;

    @TempDir
    Path stateDir;

    private final FailedRecords failures = Failures.failedRecords();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> inbound;
    private TestOutputTopic<String, DeadLetter> deadletter;

    @BeforeEach
    void startDriver() {
        var parsers = new WebhookParsers(List.of(new RadarrWebhookParser()), new InstanceProperties(Map.of()));
        Topology topology = PipelineTopology.build(
                TOPICS,
                parsers,
                PipelineProperties.defaults(),
                PlexServers.NONE,
                ApprovalRules.NONE,
                Deadlines.DEFAULTS,
                SearchPolicy.DEFAULT,
                Notifying.NONE);
        topology.addProcessor("poison", Poison::new, "inbound");
        topology.addSink("unwritable", TOPICS.timeline(), Serdes.String().serializer(), refusing(), "poison");
        topology.addProcessor("poisoned-letters", PoisonedLetters::new, "deadletter");
        Map<String, Object> config = new HashMap<>();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "failure-handling-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        new FailureHandling(TOPICS, failures).configure(config);
        var properties = new Properties();
        properties.putAll(config);
        driver = new TopologyTestDriver(topology, properties, Failures.RECEIVED);
        inbound = driver.createInputTopic(
                TOPICS.inbound(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        deadletter = driver.createOutputTopic(
                TOPICS.deadletter(),
                Serdes.String().deserializer(),
                JsonSerde.of(DeadLetter.class).deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void deadLettersARecordWhoseProcessingThrowsAndGoesOn() {
        deliver("{\"eventType\":\"Test\",\"note\":\"poison-pill\"}", "poison");
        deliver("{\"eventType\":\"Test\"}", "after");

        var letters = deadletter.readValuesToList();
        assertThat(letters.getFirst()).satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo("poison");
            assertThat(letter.reason()).isEqualTo("IllegalStateException: poison-pill");
            assertThat(letter.original()).isEqualTo(new InboundRef(0, 0, "poison"));
            assertThat(letter.excerpt()).contains("poison-pill");
        });
        assertThat(driver.<String, SourceStatus>getKeyValueStore(StoreNames.SOURCES)
                        .get("radarr/radarr")
                        .deliveries())
                .as("both deliveries were normalised")
                .isEqualTo(2);
    }

    @Test
    void skipsADeadLetterThatFailsWithOneMinimalDeadLetterAndNoMore() {
        deliver("{\"eventType\":\"Test\",\"note\":\"poison-pill\"}", "poison");

        var letters = deadletter.readValuesToList();
        assertThat(letters).hasSize(2);
        assertThat(letters.getLast()).satisfies(minimal -> {
            assertThat(minimal.reason()).isEqualTo("dead letter not written: IllegalStateException: poison-pill");
            assertThat(minimal.excerpt()).isNull();
            assertThat(minimal.original()).isEqualTo(new InboundRef(0, 0, "poison"));
        });
        assertThat(driver.<String, DeadLetter>getKeyValueStore(StoreNames.DEAD_LETTERS)
                        .approximateNumEntries())
                .isEqualTo(2);
        assertThat(failures.counts()).isEqualTo(new FailedRecords.Counts(1, 0, 2, 0));
    }

    @Test
    void deadLettersARecordThatCannotBeSerializedForItsTopic() {
        deliver("{\"eventType\":\"Test\",\"note\":\"unwritable\"}", "unwritable");

        assertThat(deadletter.readValuesToList()).singleElement().satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo("unwritable");
            assertThat(letter.reason())
                    .isEqualTo("could not serialize the value for callsheet.timeline: SerializationException: refused");
            assertThat(letter.original()).isEqualTo(new InboundRef(0, 0, "unwritable"));
        });
        assertThat(failures.counts().deadLetteredWhileProducing()).isOne();
    }

    private void deliver(String body, String deliveryId) {
        var headers = new RecordHeaders();
        headers.add(InboundHeaders.SOURCE, "radarr".getBytes(UTF_8));
        headers.add(InboundHeaders.CONTENT_TYPE, "application/json".getBytes(UTF_8));
        headers.add(InboundHeaders.RECEIVED_AT, Failures.RECEIVED.toString().getBytes(UTF_8));
        headers.add(InboundHeaders.DELIVERY_ID, deliveryId.getBytes(UTF_8));
        inbound.pipeInput(new TestRecord<>("radarr:" + deliveryId, body.getBytes(UTF_8), headers, Instant.now()));
    }

    private static Serializer<byte[]> refusing() {
        return (topic, value) -> {
            throw new SerializationException("refused");
        };
    }

    /** Throws on a poison pill, and passes an unwritable body on to the refusing sink. */
    private static final class Poison implements Processor<String, byte[], String, byte[]> {

        private ProcessorContext<String, byte[]> context;

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            String body = new String(record.value(), UTF_8);
            if (body.contains("poison-pill")) {
                throw new IllegalStateException("poison-pill");
            }
            if (body.contains("unwritable")) {
                context.forward(record);
            }
        }
    }

    /** Throws on the dead letters of a poison pill, as a broken dead-letter reader would. */
    private static final class PoisonedLetters implements Processor<String, DeadLetter, Void, Void> {

        @Override
        public void process(Record<String, DeadLetter> record) {
            if (record.value().reason().contains("poison-pill")) {
                throw new IllegalStateException("poison-pill");
            }
        }
    }
}
