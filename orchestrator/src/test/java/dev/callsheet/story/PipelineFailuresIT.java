package dev.callsheet.story;

import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real application on its real broker with records that fail: a fact too large to write, which
 * is dead-lettered while the webhooks after it are decided, and a record that fails the stream thread
 * every time it is read, which shows as a stuck pipeline in health and in {@code /api/pipeline}.
 */
class PipelineFailuresIT {

    /**
     * Streams' producer refuses records over this; every record of the movie story is far smaller, and
     * a grab whose four longest texts are at the 4,096 characters intake keeps is larger.
     */
    private static final int MAX_REQUEST_SIZE = 12_288;

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    private RunningCallsheet callsheet;

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void deadLettersAFactTooLargeToWriteAndDecidesTheWebhooksAfterIt() {
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "spring.kafka.streams.properties.producer.max.request.size",
                        MAX_REQUEST_SIZE,
                        "callsheet.pipeline.watch-interval",
                        "1s"));
        String delivery = accepted(callsheet.webhooks().radarr(grabWithTextsOf(20_000)));

        MovieStory.tell(callsheet);
        MovieStory.assertToldCompletely(callsheet);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters())
                .filteredOn(letter -> delivery.equals(letter.get("deliveryId")))
                .singleElement()
                .satisfies(letter -> {
                    assertThat((String) letter.get("stage")).startsWith("KSTREAM-SINK-");
                    assertThat((String) letter.get("reason"))
                            .startsWith("could not write to callsheet.events: RecordTooLargeException");
                    assertThat(letter.get("original")).asInstanceOf(MAP).containsEntry("deliveryId", delivery);
                    assertThat(((Number) letter.get("bodyBytes")).intValue()).isGreaterThan(MAX_REQUEST_SIZE);
                    assertThat((String) letter.get("excerpt"))
                            .contains("Dune: Part Two")
                            .hasSizeLessThanOrEqualTo(2048);
                }));
        await().atMost(PATIENCE).untilAsserted(() -> {
            var pipeline = pipeline();
            assertThat(pipeline.get("troubles")).asInstanceOf(LIST).isEmpty();
            assertThat(pipeline.get("counters"))
                    .isEqualTo(Map.of(
                            "deadLetteredWhileProcessing", 0,
                            "deadLetteredWhileProducing", 1,
                            "skipped", 0,
                            "threadFailures", 0));
            assertThat(pipeline.get("tasks")).asInstanceOf(LIST).isNotEmpty().allSatisfy(task -> assertThat(task)
                    .asInstanceOf(MAP)
                    .containsEntry("lag", 0));
        });
        health().expectStatus().isOk();
        callsheet
                .client()
                .get()
                .uri("/api/pipeline")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void showsAPipelineStuckOnARecordThatKeepsFailingTheStreamThread() {
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.pipeline.watch-interval",
                        "1s",
                        // A replaced thread's consumer joins while the dead one's is still a member, until
                        // its session times out: 45 s by default, 6 s is the broker's shortest.
                        "spring.kafka.streams.properties.consumer.session.timeout.ms",
                        6000),
                PoisonPill.class);

        accepted(callsheet
                .webhooks()
                .radarr(("{\"eventType\":\"Test\",\"note\":\"" + PoisonPill.MARK + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));

        // The stream threads' deaths are expected here: not a failure of the test.
        await().dontCatchUncaughtExceptions().atMost(Duration.ofMinutes(2)).untilAsserted(() -> health().expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.components.pipeline.details.troubles[0].kind")
                .isEqualTo("stuck")
                .jsonPath("$.components.pipeline.details.troubles[0].reason")
                .isEqualTo("ProcessorStateException: store poison-pill: input/output error")
                .jsonPath("$.components.pipeline.details.troubles[0].partition")
                .value(partition -> assertThat((String) partition).startsWith("callsheet.inbound-"))
                .jsonPath("$.components.pipeline.details.troubles[0].offset")
                .isEqualTo(0));
        var pipeline = pipeline();
        var stuck = (Map<?, ?>) ((List<?>) pipeline.get("troubles")).getFirst();
        assertThat(((Number) stuck.get("failures")).intValue()).isGreaterThanOrEqualTo(3);
        assertThat(((Number) ((Map<?, ?>) pipeline.get("counters")).get("threadFailures")).intValue())
                .isGreaterThanOrEqualTo(3);
        assertThat(pipeline.get("tasks"))
                .as(pipeline::toString)
                .asInstanceOf(LIST)
                .filteredOn(task -> stuck.get("task").equals(((Map<?, ?>) task).get("id")))
                .singleElement()
                .satisfies(task -> {
                    var map = (Map<?, ?>) task;
                    assertThat(((Number) map.get("lag")).intValue()).isPositive();
                    assertThat(map.get("lastError")).asInstanceOf(MAP).containsEntry("offset", 0);
                });
    }

    private static String accepted(WebTestClient.ResponseSpec answer) {
        var body = answer.expectStatus()
                .isAccepted()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) body.get("id");
    }

    /**
     * Radarr's grab of the story's movie with its titles, indexer and quality as long as a broken or
     * hostile sender may send: each is cut to 4,096 characters when read, so only several together
     * make the fact larger than {@link #MAX_REQUEST_SIZE}.
     */
    private static byte[] grabWithTextsOf(int length) {
        var grab = new String(payload("payloads/radarr-grab.json"), StandardCharsets.UTF_8);
        for (String text : List.of(
                "Dune: Part Two",
                "Dune.Part.Two.2024.2160p.MA.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX",
                "TorrentLeech (Prowlarr)",
                "WEBDL-2160p")) {
            grab = grab.replace(text, text + "x".repeat(length));
        }
        return grab.getBytes(StandardCharsets.UTF_8);
    }

    private WebTestClient.ResponseSpec health() {
        return callsheet.client().get().uri("/actuator/health").exchange();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> deadLetters() {
        return (List<Map<String, Object>>) get("/api/deadletters", List.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> pipeline() {
        return (Map<String, Object>) get("/api/pipeline", Map.class);
    }

    private <T> T get(String path, Class<T> type) {
        return callsheet
                .client()
                .get()
                .uri(path)
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(type)
                .returnResult()
                .getResponseBody();
    }
}
