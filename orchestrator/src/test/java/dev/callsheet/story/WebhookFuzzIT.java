package dev.callsheet.story;

import static dev.callsheet.story.ApiReads.api;
import static dev.callsheet.story.ApiReads.changedStates;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.callsheet.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Whatever is posted to a webhook endpoint, the answer is a 2xx or a 4xx: never a 5xx, never a
 * dropped connection. Afterwards the pipeline is up, catches up with everything it accepted, and
 * still takes a valid movie request to its end. One running application serves all of it, in order.
 *
 * <p>The requests are generated from a seed, printed at the start; {@code -Dcallsheet.fuzz.seed=<n>}
 * runs with another, or again with a failing one, and {@code -Dcallsheet.fuzz.requests=<n>} sends
 * more per endpoint; {@code -Dcallsheet.fuzz.max-body=<bytes>} runs the application with another
 * {@code callsheet.intake.max-body}. A failure names each case by endpoint and index; the delivery id of each
 * accepted one is logged, so that a delivery the pipeline fails on leads back to its case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookFuzzIT {

    private static final Logger log = LoggerFactory.getLogger(WebhookFuzzIT.class);

    private static final long SEED = Long.getLong("callsheet.fuzz.seed", 20260512L);
    private static final int REQUESTS_PER_ENDPOINT = Integer.getInteger("callsheet.fuzz.requests", 200);
    private static final int MAX_BODY = Integer.getInteger("callsheet.fuzz.max-body", AtSize.DEFAULT_MAX_BODY);
    private static final int AT_LEAST = 1_000;
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    /** The reference movie story about another movie, request and download, which no fuzzed body names. */
    private static final String RETOLD_REQUEST = "overseerr-7127";

    private static final String RETOLD_MOVIE = "movie:tmdb:424242";

    // Static: an instance field is only filled in before each test, after @BeforeAll.
    @TempDir
    static Path dataDir;

    private RunningCallsheet callsheet;
    private WebTestClient client;
    private int sent;

    @BeforeAll
    void start() {
        log.info("Fuzzing webhooks with seed {} (run again with -Dcallsheet.fuzz.seed={})", SEED, SEED);
        var settings = new HashMap<>(FuzzTarget.SETTINGS);
        settings.put("callsheet.intake.max-body", MAX_BODY + "B");
        callsheet = RunningCallsheet.start(dataDir, settings);
        // Shorter than the story's patience: a request left unanswered is a failure, not a wait.
        client = callsheet
                .client()
                .mutate()
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @AfterAll
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @EnumSource(FuzzTarget.class)
    void answersEveryGeneratedRequestWith2xxOr4xx(FuzzTarget target) {
        var requests = new FuzzRequests(target, SEED, MAX_BODY);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int index = 0; index < REQUESTS_PER_ENDPOINT; index++) {
            FuzzRequest request = requests.generate(index);
            FuzzRequest.Answer answer = request.send(client, callsheet.baseUrl());
            sent++;
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() == 202) {
                log.info("{} #{} accepted as {}: {}", target, index, answer.body(), request);
            }
            if (!answer.is2xxOr4xx()) {
                failures.add("#" + index + " " + request + " -> " + shortened(answer.toString()));
            }
        }
        log.info(
                "{}: {} requests in {} ms, answered {}",
                target,
                REQUESTS_PER_ENDPOINT,
                (System.nanoTime() - started) / 1_000_000,
                statuses);
        assertThat(failures)
                .as("requests to %s answered with neither 2xx nor 4xx (seed %d)", target.path, SEED)
                .isEmpty();
        // Shows the generator reached every check intake makes, and the broker behind them.
        assertThat(statuses).as("answers from %s", target.path).containsKeys(202, 400, 401, 413, 415);
    }

    @Order(2)
    @Test
    void sendsAtLeastAThousandGeneratedRequests() {
        assertThat(sent).isGreaterThanOrEqualTo(AT_LEAST);
    }

    @Order(3)
    @Test
    void pipelineIsStillUpAfterTheFuzzing() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> callsheet
                .client()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP"));
    }

    @Order(4)
    @Test
    void pipelineCatchesUpWithEverythingItAccepted() throws Exception {
        var lag = new PipelineLag(callsheet.bootstrapServers(), new Topics(Topics.DEFAULT_PREFIX));
        // Polled by hand: Awaitility would fail on a stream thread's exception instead of reporting the lag it leaves.
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        var behind = lag.behind();
        while (!behind.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            behind = lag.behind();
        }
        assertThat(behind)
                .as("partitions the pipeline is behind on, %s after the fuzzing", CATCH_UP)
                .isEmpty();
        // The product's own view agrees once its watch has sampled again: nothing waiting, no trouble.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> callsheet
                .client()
                .get()
                .uri("/api/pipeline")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.troubles.length()")
                .isEqualTo(0)
                .jsonPath("$.tasks[?(@.lag > 0)]")
                .doesNotExist());
    }

    @Order(5)
    @Test
    void stillTakesAValidMovieRequestFromRequestedToAvailable() {
        MovieStory.tell(callsheet, WebhookFuzzIT::retold, RETOLD_REQUEST);

        await().atMost(MovieStory.PATIENCE).untilAsserted(() -> assertThat(changedStates(callsheet, RETOLD_REQUEST))
                .containsExactlyElementsOf(MovieStory.STAGES));
        assertThat(api(callsheet, "/api/media/" + RETOLD_MOVIE).body()).contains("available");
    }

    /**
     * The fuzzed bodies were mutations of the reference story's, and the valid ones among them moved
     * Dune on: the story is retold about a movie, a request and a download nobody has mentioned.
     */
    private static byte[] retold(byte[] body) {
        return new String(body, UTF_8)
                .replace("693134", "424242")
                .replace("\"request_id\": \"127\"", "\"request_id\": \"7127\"")
                .replace("9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345", "5EED5EED5EED5EED5EED5EED5EED5EED5EED5EED")
                .getBytes(UTF_8);
    }

    private static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
