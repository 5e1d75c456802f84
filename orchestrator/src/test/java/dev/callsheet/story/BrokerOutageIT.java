package dev.callsheet.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.callsheet.broker.InProcessKafkaBroker;
import dev.callsheet.events.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The broker goes away under light load and comes back on the same address and log, with the
 * application left running: intake refuses in time instead of hanging, health says so, and
 * afterwards everything intake accepted is decided exactly once without anyone's help.
 */
class BrokerOutageIT {

    private static final Logger log = LoggerFactory.getLogger(BrokerOutageIT.class);

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(2);
    /** The part of an answer's time outside intake's own clock: HTTP and scheduling on a busy machine. */
    private static final Duration ANSWER_SLACK = Duration.ofSeconds(1);

    /**
     * Longer than the pipeline's producer timeouts below, as a real outage is longer than their
     * defaults (60 s to block, 120 s to deliver): a transaction open when the broker went away then
     * fails, and its stream thread dies and is replaced, the hard case for recovering alone.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private static final Map<String, Object> SHORT_PIPELINE_TIMEOUTS = Map.of(
            "spring.kafka.streams.properties.producer.max.block.ms", 5_000,
            "spring.kafka.streams.properties.producer.request.timeout.ms", 5_000,
            "spring.kafka.streams.properties.producer.delivery.timeout.ms", 10_000);

    private static final Duration SEND_EVERY = Duration.ofMillis(250);
    /** Posted just before the outage, so that it finds the pipeline in the middle of its work. */
    private static final int BURST = 30;

    /**
     * How soon after health is UP again webhooks accepted then must be decided. Less than the 45 s
     * a replacement stream thread waited, before the fix, for its dead predecessor to be dropped
     * from the group; generous for a busy machine otherwise.
     */
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Topics TOPICS = new Topics(Topics.DEFAULT_PREFIX);

    @TempDir
    Path brokerDir;

    @TempDir
    Path dataDir;

    private InProcessKafkaBroker broker;
    private RunningCallsheet callsheet;
    private SteadyWebhooks load;

    @AfterEach
    void stopAll() {
        if (load != null) {
            load.close();
        }
        if (callsheet != null) {
            callsheet.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void refusesWebhooksWhileTheBrokerIsDownAndDecidesEveryAcceptedOneExactlyOnceWhenItIsBack() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        broker = InProcessKafkaBroker.start(brokerDir, port, controllerPort);
        String bootstrapServers = broker.bootstrapServers();
        var settings = new HashMap<String, Object>(SHORT_PIPELINE_TIMEOUTS);
        settings.put("spring.kafka.bootstrap-servers", bootstrapServers);
        settings.put("callsheet.intake.ack-timeout", ACK_TIMEOUT.toMillis() + "ms");
        callsheet = RunningCallsheet.start(dataDir, settings);
        load = SteadyWebhooks.start(callsheet.baseUrl(), SEND_EVERY);
        await().atMost(PATIENCE).until(() -> accepted(load.answers()).size() >= 5);

        long down = stopBrokerWhileBusy();
        await().atMost(PATIENCE).untilAsserted(() -> assertHealth(503, "DOWN"));
        await().atMost(PATIENCE).until(() -> load.answersSentAfter(down).size() >= 4);
        stayDownUntil(down + OUTAGE.toNanos());

        long restarting = System.nanoTime();
        broker = InProcessKafkaBroker.start(brokerDir, port, controllerPort);
        var duringOutage = load.answersSentAfter(down).stream()
                .filter(answer -> answer.answeredAt() < restarting)
                .toList();
        var slowestRefusal = duringOutage.stream()
                .map(SteadyWebhooks.Answer::took)
                .max(Duration::compareTo)
                .orElseThrow();
        assertThat(duringOutage).hasSizeGreaterThanOrEqualTo(4).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.retryAfter()).isEqualTo("30");
            assertThat(answer.took()).isLessThanOrEqualTo(ACK_TIMEOUT.plus(ANSWER_SLACK));
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertHealth(200, "UP"));
        long healthy = System.nanoTime();
        await().atMost(PATIENCE).until(() -> load.answersSentAfter(healthy).size() >= 8);
        var afterRecovery = load.answersSentAfter(healthy);
        assertThat(afterRecovery)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(202));
        await().atMost(CATCH_UP)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> decidedAll(CommittedOutput.read(bootstrapServers, TOPICS), afterRecovery));
        load.stop();

        var answers = load.answers();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(202, 503));
        var lag = new PipelineLag(bootstrapServers, TOPICS);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag.behind()).isEmpty());
        var output = CommittedOutput.read(bootstrapServers, TOPICS);
        assertThat(answers).allSatisfy(answer -> {
            if (answer.accepted()) {
                assertThat(output.eventsOf(answer.mediaKey())).containsExactly(answer.deliveryId());
                assertThat(output.timelineOf(answer.requestId())).containsExactly(answer.deliveryId());
            } else {
                assertThat(output.eventsOf(answer.mediaKey())).hasSizeLessThanOrEqualTo(1);
                assertThat(output.timelineOf(answer.requestId())).hasSizeLessThanOrEqualTo(1);
            }
        });
        assertThat(output.deadLetters()).isZero();
        assertThat(output.timeline()).hasSizeLessThanOrEqualTo(answers.size());
        assertThat(listedRequests()).isEqualTo(output.timeline().size());

        int acceptedCount = accepted(answers).size();
        log.info(
                "{} webhooks: {} accepted and decided once; {} refused with 503, of which {} were stored and decided"
                        + " once after all; slowest refusal {} ms; health UP {} ms after the broker restarted;"
                        + " stream threads now {}",
                answers.size(),
                acceptedCount,
                answers.size() - acceptedCount,
                output.timeline().size() - acceptedCount,
                slowestRefusal.toMillis(),
                Duration.ofNanos(healthy - restarting).toMillis(),
                streamThreads());
    }

    /** Right after part of a burst was acknowledged: the pipeline still has the rest of it to do. */
    private long stopBrokerWhileBusy() {
        int acceptedBefore = accepted(load.answers()).size();
        load.burst(BURST);
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> accepted(load.answers()).size() >= acceptedBefore + BURST / 3);
        broker.close();
        broker = null;
        return System.nanoTime();
    }

    /** How long the outage lasts is the scenario, not a wait for some result. */
    private static void stayDownUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }

    private static boolean decidedAll(CommittedOutput output, List<SteadyWebhooks.Answer> answers) {
        return answers.stream()
                .allMatch(answer -> output.timelineOf(answer.requestId()).contains(answer.deliveryId()));
    }

    private void assertHealth(int httpStatus, String status) {
        callsheet
                .client()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isEqualTo(httpStatus)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status);
    }

    private long listedRequests() {
        var body = ApiReads.api(callsheet, "/api/requests?limit=500").body();
        return Pattern.compile("\"id\":\"overseerr-").matcher(body).results().count();
    }

    private List<String> streamThreads() {
        return callsheet.bean(StreamsBuilderFactoryBean.class).getKafkaStreams().metadataForLocalThreads().stream()
                .map(ThreadMetadata::threadName)
                .map(name -> name.substring(name.lastIndexOf('-', name.lastIndexOf('-') - 1) + 1))
                .toList();
    }

    private static List<SteadyWebhooks.Answer> accepted(List<SteadyWebhooks.Answer> answers) {
        return answers.stream().filter(SteadyWebhooks.Answer::accepted).toList();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
