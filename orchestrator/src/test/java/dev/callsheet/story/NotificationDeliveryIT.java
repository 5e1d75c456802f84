package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.Topics;
import dev.callsheet.events.command.Addressee;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices on the real broker: a {@code SendNotification} on {@code commands} reaches a stub Gotify
 * exactly once, its attempt lands in {@code inbound} and the delivery log, a redelivered command is not
 * sent again (nor after a restart, which reads the log back), and an admin's test notice is answered
 * with the channel's answer.
 */
class NotificationDeliveryIT {

    private static final String CHANNEL = "family-gotify";
    private static final String GOTIFY_TOKEN = "gotify-app-token";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final WireMockExtension GOTIFY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @BeforeEach
    void start() {
        GOTIFY.stubFor(post(urlPathEqualTo("/message"))
                .withHeader("X-Gotify-Key", equalTo(GOTIFY_TOKEN))
                .willReturn(okJson("{\"id\":25,\"appid\":5,\"message\":\"…\",\"title\":\"…\",\"priority\":5,"
                        + "\"date\":\"2026-12-03T19:00:00Z\"}")));
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.notifications.channels." + CHANNEL + ".type",
                        "gotify",
                        "callsheet.notifications.channels." + CHANNEL + ".url",
                        "http://localhost:" + GOTIFY.getPort(),
                        "callsheet.notifications.channels." + CHANNEL + ".app-token",
                        GOTIFY_TOKEN));
    }

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void deliversACommandOnceAndLogsIt() throws Exception {
        var command = new SendNotification(
                "notice-available-603-alice-" + CHANNEL,
                MediaKey.movie(603, false),
                new RequestId("overseerr-127"),
                "available",
                CHANNEL,
                new Addressee("alice", "alice@example.org", null, null),
                new NoticeSubject(
                        MediaType.MOVIE,
                        "The Matrix",
                        1999,
                        null,
                        603L,
                        null,
                        null,
                        null,
                        null,
                        "Bluray-1080p",
                        "alice",
                        null,
                        null));
        var topics = callsheet.bean(Topics.class);

        send(topics.commands(), command);

        await().atMost(PATIENCE)
                .untilAsserted(() -> GOTIFY.verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/message"))
                                .withRequestBody(
                                        matchingJsonPath("$.title", equalTo("The Matrix (1999) is ready to watch")))));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(bodies(topics.inbound())).anySatisfy(body -> assertThat(body)
                        .contains(
                                "\"NotificationAttempt\"",
                                "\"notificationId\":\"" + command.id() + "\"",
                                "\"outcome\":\"DELIVERED\"")));
        List<Map<String, Object>> log = notifications("?request=overseerr-127");
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry)
                    .containsEntry("id", command.id())
                    .containsEntry("status", "DELIVERED")
                    .containsEntry("channel", CHANNEL)
                    .containsEntry("recipient", "alice")
                    .containsEntry("media", "The Matrix (1999)")
                    .containsEntry("mayBeDoubled", false);
            assertThat(entry.toString()).doesNotContain(GOTIFY_TOKEN);
        });
        assertThat(notifications("?status=retrying")).isEmpty();

        send(topics.commands(), command);

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> GOTIFY.verify(1, postRequestedFor(urlPathEqualTo("/message"))));
        assertThat(notifications("")).hasSize(1);

        // After a restart the log is read back: the entry is still there, and a replay is still not sent.
        callsheet.close();
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.notifications.channels." + CHANNEL + ".type",
                        "gotify",
                        "callsheet.notifications.channels." + CHANNEL + ".url",
                        "http://localhost:" + GOTIFY.getPort(),
                        "callsheet.notifications.channels." + CHANNEL + ".app-token",
                        GOTIFY_TOKEN));
        assertThat(notifications("")).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("id", command.id())
                .containsEntry("status", "DELIVERED"));
        send(topics.commands(), command);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> GOTIFY.verify(1, postRequestedFor(urlPathEqualTo("/message"))));
    }

    @Test
    void sendsAnAdminsTestNoticeAndAnswersWithTheChannelsAnswer() {
        callsheet
                .client()
                .post()
                .uri("/api/notifications/test")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .bodyValue(Map.of("channel", CHANNEL))
                .exchange()
                .expectStatus()
                .isForbidden();
        callsheet
                .admin()
                .post()
                .uri("/api/notifications/test")
                .bodyValue(Map.of("channel", "no-such-channel"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("no channel named no-such-channel"));

        callsheet
                .admin()
                .post()
                .uri("/api/notifications/test")
                .bodyValue(Map.of("channel", CHANNEL, "text", "Hello from the test"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DELIVERED")
                .jsonPath("$.event")
                .isEqualTo("test")
                .jsonPath("$.attempts[0].detail")
                .isEqualTo("25");

        GOTIFY.verify(
                1,
                postRequestedFor(urlPathEqualTo("/message"))
                        .withRequestBody(matchingJsonPath("$.title", equalTo("Callsheet test notice")))
                        .withRequestBody(matchingJsonPath("$.message", equalTo("Hello from the test"))));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> notifications(String query) {
        return callsheet
                .client()
                .get()
                .uri("/api/notifications" + query)
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
    }

    private void send(String topic, SendNotification command) throws Exception {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, callsheet.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            topic, command.key(), EventJson.mapper().writeValueAsBytes(command)))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /** Every record's body in {@code topic}, up to its end as it was when reading began. */
    private List<String> bodies(String topic) {
        List<String> bodies = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        callsheet.bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            var reading = new ArrayList<>(partitions);
            while (!reading.isEmpty()) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(record -> bodies.add(new String(record.value(), StandardCharsets.UTF_8)));
                reading.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
        }
        return bodies;
    }
}
