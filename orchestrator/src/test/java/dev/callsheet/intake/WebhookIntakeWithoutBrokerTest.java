package dev.callsheet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Intake pointed at a port nobody listens on: the broker never acknowledges. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "callsheet.intake.ack-timeout=1s",
            "callsheet.intake.radarr.password=configured-password",
            "callsheet.intake.scripts.token=configured-token",
            "callsheet.api-key=test-api-key",
            "spring.kafka.admin.auto-create=false",
            "spring.kafka.streams.auto-startup=false"
        })
@AutoConfigureWebTestClient
class WebhookIntakeWithoutBrokerTest {

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void unreachableBroker(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "intake-test-data");
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + closedPort);
        registry.add("callsheet.data-dir", dataDir::toString);
    }

    @Test
    void answers503WithRetryAfterWhenTheBrokerDoesNotAcknowledgeInTime() {
        // A refused request first, so that the timing below is not the HTTP client's start-up.
        http.post().uri("/webhooks/radarr").exchange().expectStatus().isUnauthorized();
        long started = System.nanoTime();

        http.post()
                .uri("/webhooks/radarr")
                .headers(h -> h.setBasicAuth("radarr", "configured-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"eventType\": \"Test\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail)
                        .startsWith("the webhook was not stored: the broker ")
                        .endsWith("; send it again later"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void answers503ToAScriptsReportToo() {
        http.post()
                .uri("/webhooks/nzbget")
                .headers(h -> h.setBearerAuth("configured-token"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("event=NZB_ADDED&nzbid=48")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "30");
    }
}
