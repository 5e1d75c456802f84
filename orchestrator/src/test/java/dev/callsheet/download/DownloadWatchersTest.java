package dev.callsheet.download;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.download.SabnzbdStub.API_KEY;
import static dev.callsheet.download.SabnzbdStub.DOWNLOADING;
import static dev.callsheet.download.SabnzbdStub.NZO_ID;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.CallsheetApplication;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.InboundHeaders;
import dev.callsheet.events.Topics;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.events.download.WatcherObservation.ClientReachable;
import dev.callsheet.events.download.WatcherObservation.JobChanged;
import dev.callsheet.intake.InProcessBrokerExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's watcher of a configured (stubbed) SABnzbd, writing through intake's writer to a
 * real broker, from the application's start to its stop.
 */
@ExtendWith(InProcessBrokerExtension.class)
class DownloadWatchersTest {

    @RegisterExtension
    static final WireMockExtension SABNZBD = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    @Test
    void writesTheWatchersObservationsToInboundAndStopsWithTheApplication() {
        SabnzbdStub.answers(SABNZBD, "queue", WireMock.okJson(SabnzbdStub.queue(DOWNLOADING)));
        SabnzbdStub.answers(SABNZBD, "history", WireMock.okJson(SabnzbdStub.history("")));

        ConfigurableApplicationContext app = start();
        try (var inbound = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, InProcessBrokerExtension.bootstrapServers()),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            String topic = new Topics(Topics.DEFAULT_PREFIX).inbound();
            inbound.assign(inbound.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList());
            inbound.seekToBeginning(inbound.assignment());
            List<ConsumerRecord<String, byte[]>> watched = new ArrayList<>();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                inbound.poll(Duration.ofMillis(200)).forEach(record -> {
                    if ("sabnzbd".equals(header(record, InboundHeaders.SOURCE))) {
                        watched.add(record);
                    }
                });
                // A client's reachability and its jobs are keyed apart: partitions may order them either way.
                var observations =
                        watched.stream().map(DownloadWatchersTest::observation).toList();
                assertThat(observations).contains(new ClientReachable());
                assertThat(observations)
                        .filteredOn(JobChanged.class::isInstance)
                        .map(JobChanged.class::cast)
                        .anySatisfy(changed -> {
                            assertThat(changed.report().change()).isEqualTo(ClientChange.ADDED);
                            assertThat(changed.report().downloadId().value()).isEqualTo(NZO_ID);
                        });
            });

            assertThat(watched).allSatisfy(record -> {
                assertThat(record.key()).startsWith("sabnzbd:");
                assertThat(header(record, InboundHeaders.INSTANCE)).isEqualTo("sab");
                assertThat(header(record, InboundHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            });
        } finally {
            app.close();
        }

        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(thread -> thread.getName().startsWith("download-watcher-"))
                .as("watcher threads after the application stopped")
                .isEmpty();
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = Map.ofEntries(
                Map.entry("server.port", 0),
                Map.entry("spring.kafka.bootstrap-servers", InProcessBrokerExtension.bootstrapServers()),
                // The watcher is under test, not the pipeline that reads what it writes.
                Map.entry("spring.kafka.streams.auto-startup", false),
                Map.entry("callsheet.data-dir", dataDir.toString()),
                Map.entry("callsheet.api-key", "test-api-key"),
                Map.entry("callsheet.instances.sab.kind", "sabnzbd"),
                Map.entry("callsheet.instances.sab.url", SABNZBD.baseUrl()),
                Map.entry("callsheet.instances.sab.api-key", API_KEY),
                Map.entry("callsheet.downloads.poll-busy", "100ms"),
                Map.entry("callsheet.downloads.poll-idle", "100ms"));
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CallsheetApplication.class).run(arguments);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static WatcherObservation observation(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), WatcherObservation.class);
    }
}
