package dev.callsheet.story;

import static dev.callsheet.story.Webhooks.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances with one application id share the partitions: each holds part of every store, a
 * keyed query is answered by whichever instance is asked, and a list holds everything.
 */
class ScaleOutIT {

    private static final int REQUESTS = 12;

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void answersEveryQueryFromEitherInstance() throws IOException {
        int portA = freePort();
        int portB = freePort();
        try (var a = RunningCallsheet.start(
                        first,
                        Map.of(
                                "server.port",
                                portA,
                                "callsheet.pipeline.application-server",
                                "localhost:" + portA,
                                "callsheet.topics.partitions",
                                4));
                var b = RunningCallsheet.start(
                        second,
                        Map.of(
                                "server.port",
                                portB,
                                "callsheet.pipeline.application-server",
                                "localhost:" + portB,
                                "callsheet.topics.partitions",
                                4,
                                "spring.kafka.bootstrap-servers",
                                a.bootstrapServers()))) {
            IntStream.rangeClosed(1, REQUESTS).forEach(n -> a.webhooks()
                    .overseerr(declinedRequest(n))
                    .expectStatus()
                    .isAccepted());

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                int onA = localRequestCount(a);
                int onB = localRequestCount(b);
                assertThat(onA + onB).isEqualTo(REQUESTS);
                assertThat(onA).isPositive();
                assertThat(onB).isPositive();
            });
            for (var instance : List.of(a, b)) {
                assertThat(listedIds(instance)).hasSize(REQUESTS);
                IntStream.rangeClosed(1, REQUESTS)
                        .forEach(n -> assertThat(ApiReads.api(instance, "/api/requests/overseerr-" + (1000 + n))
                                        .state())
                                .isEqualTo("declined"));
                assertThat(ApiReads.api(instance, "/api/sources").body())
                        .contains("\"source\":\"overseerr\"", "\"deliveries\":" + REQUESTS);
            }
        }
    }

    private static byte[] declinedRequest(int n) {
        var body = new String(payload("payloads/overseerr-media-declined-movie.json"), StandardCharsets.UTF_8);
        return body.replace("\"129\"", "\"" + (1000 + n) + "\"")
                .replace("\"634492\"", "\"" + (500 + n) + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> listedIds(RunningCallsheet instance) {
        var body = ApiReads.api(instance, "/api/requests?limit=500").body();
        return java.util.regex.Pattern.compile("\"id\":\"(overseerr-\\d+)\"")
                .matcher(body)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    /** Only what this instance itself holds: a routed request is never passed on again. */
    private static int localRequestCount(RunningCallsheet instance) {
        var body = instance.client()
                .get()
                .uri("/api/requests?limit=500")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .header("X-Callsheet-Routed", "true")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return (int) java.util.regex.Pattern.compile("\"id\":\"overseerr-")
                .matcher(body)
                .results()
                .count();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
