package dev.callsheet.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.callsheet.broker.InProcessKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callsheet on a broker of its own, as on a cluster it shares: topics an older version created with
 * Kafka's default record limit are raised, and where the cluster will not let them be raised,
 * Callsheet refuses to start and says what to change.
 */
class RecordSizeCheckIT {

    private static final int KAFKA_DEFAULT = 1_048_588;

    @TempDir
    static Path brokerDir;

    private static InProcessKafkaBroker broker;
    private static Admin admin;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() {
        broker = InProcessKafkaBroker.start(
                brokerDir, 0, 0, Map.of("alter.config.policy.class.name", LockedRecordLimits.class.getName()));
        admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        broker.close();
    }

    @Test
    void raisesTheRecordLimitOfTopicsAnOlderVersionCreated() throws Exception {
        create(new NewTopic("upgraded.inbound", 2, (short) 1));
        create(new NewTopic("upgraded.pipeline-media-items-changelog", 2, (short) 1)
                .configs(Map.of("cleanup.policy", "compact")));
        assertThat(recordLimit("upgraded.inbound")).isEqualTo(KAFKA_DEFAULT);

        try (var callsheet = RunningCallsheet.start(dataDir, external("upgraded."))) {
            assertThat(recordLimit("upgraded.inbound")).isEqualTo(8 * 1024 * 1024);
            assertThat(recordLimit("upgraded.pipeline-media-items-changelog")).isEqualTo(8 * 1024 * 1024);
            assertThat(recordLimit("upgraded.events")).as("created with it").isEqualTo(8 * 1024 * 1024);
            byte[] atMaxBody = ("\"" + "a".repeat(1024 * 1024 - 2) + "\"").getBytes(StandardCharsets.UTF_8);
            callsheet.webhooks().radarr(atMaxBody).expectStatus().isAccepted();
        }
    }

    @Test
    void refusesToStartWhenInboundIsTooSmallForMaxBodyAndCannotBeRaised() throws Exception {
        create(new NewTopic("locked.inbound", 2, (short) 1)
                .configs(Map.of("max.message.bytes", Integer.toString(LockedRecordLimits.CAP))));

        assertThatThrownBy(() -> RunningCallsheet.start(dataDir, external("locked.")))
                .rootCause()
                .hasMessageContaining("callsheet.intake.max-body is 1048576 bytes")
                .hasMessageContaining("topic locked.inbound accepts records of at most 65536 bytes (max.message.bytes)")
                .hasMessageContaining("locked.* topics take records of at most 65536 bytes")
                .hasMessageContaining("--add-config max.message.bytes=8388608")
                .hasMessageContaining("or lower callsheet.intake.max-body to at most 48KB");
        assertThat(recordLimit("locked.inbound")).isEqualTo(65_536);
    }

    private static Map<String, Object> external(String prefix) {
        return Map.of("spring.kafka.bootstrap-servers", broker.bootstrapServers(), "callsheet.topics.prefix", prefix);
    }

    /** Creates {@code topic} and waits until the broker describes it: KRaft answers the creation first. */
    private static void create(NewTopic topic) throws Exception {
        admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> recordLimit(topic.name()) > 0);
    }

    private static long recordLimit(String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS);
        return Long.parseLong(config.get(resource).get("max.message.bytes").value());
    }
}
