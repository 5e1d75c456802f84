package dev.callsheet.story;

import static dev.callsheet.story.ApiReads.api;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 10: a well-formed body that is no webhook, close to {@code max-body}, becomes a dead letter
 * small enough to write, whose original can be read back, and the pipeline goes on deciding.
 */
class OversizedWebhookIT {

    private static final int MAX_BODY = 1024 * 1024;

    @TempDir
    static Path dataDir;

    private static RunningCallsheet callsheet;

    @BeforeAll
    static void start() {
        callsheet = RunningCallsheet.start(dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        callsheet.close();
    }

    @Test
    void deadLettersANineHundredKilobyteStringAndDecidesEveryWebhookAfterIt() {
        byte[] string = jsonString(900 * 1024);
        String id = accepted(callsheet.webhooks().radarr(string));

        MovieStory.tell(callsheet);
        MovieStory.assertToldCompletely(callsheet);

        Map<String, Object> letter = deadLetter(id);
        assertThat(letter)
                .containsEntry("stage", "normalise")
                .containsEntry("reason", "expected a JSON object, got STRING")
                .containsEntry("bodyBytes", string.length);
        assertThat((String) letter.get("excerpt")).hasSize(2048).startsWith("\"aaaa");
        assertThat(original(id, letter).expectBody(byte[].class).returnResult().getResponseBody())
                .isEqualTo(string);
    }

    @Test
    void takesABodyOfExactlyMaxBodyToItsDeadLetter() {
        byte[] string = jsonString(MAX_BODY);
        String id = accepted(callsheet.webhooks().radarr(string));

        Map<String, Object> letter = deadLetter(id);
        assertThat(letter).containsEntry("bodyBytes", MAX_BODY);
        assertThat(original(id, letter).expectBody(byte[].class).returnResult().getResponseBody())
                .hasSize(MAX_BODY)
                .isEqualTo(string);
    }

    @Test
    void takesAWebhookOfExactlyMaxBodyToItsEvent() {
        String test = "{\"eventType\":\"Test\",\"instanceName\":\"Radarr\",\"padding\":\"\"}";
        byte[] padded = test.replace("\"padding\":\"\"", "\"padding\":\"" + "p".repeat(MAX_BODY - test.length()) + "\"")
                .getBytes(UTF_8);
        assertThat(padded).hasSize(MAX_BODY);

        accepted(callsheet.webhooks().radarr(padded));

        await().atMost(MovieStory.PATIENCE)
                .untilAsserted(() -> assertThat(api(callsheet, "/api/sources").body())
                        .contains("\"lastEventType\":\"Test\"", "\"lastTestedAt\":\"20"));
    }

    @Test
    void answersNotFoundForAnOriginalThatIsNotTheDeliveryNamed() {
        String id = accepted(callsheet.webhooks().radarr(jsonString(10)));
        Map<String, Object> letter = deadLetter(id);
        @SuppressWarnings("unchecked")
        var at = (Map<String, Object>) letter.get("original");

        get("/api/deadletters/someone-else/original?partition=" + at.get("partition") + "&offset=" + at.get("offset"))
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("is not delivery someone-else"));
        get("/api/deadletters/" + id + "/original?partition=0&offset=999999")
                .expectStatus()
                .isNotFound();
        callsheet
                .client()
                .get()
                .uri("/api/deadletters/" + id + "/original?partition=0&offset=0")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    /** A well-formed JSON document of {@code size} bytes that is not an object: one long string. */
    private static byte[] jsonString(int size) {
        return ("\"" + "a".repeat(size - 2) + "\"").getBytes(UTF_8);
    }

    private static String accepted(WebTestClient.ResponseSpec answer) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = answer.expectStatus()
                .isAccepted()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) body.get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadLetter(String deliveryId) {
        return await().atMost(MovieStory.PATIENCE)
                .until(
                        () -> ((List<Map<String, Object>>) get("/api/deadletters")
                                        .expectStatus()
                                        .isOk()
                                        .expectBody(List.class)
                                        .returnResult()
                                        .getResponseBody())
                                .stream()
                                        .filter(letter -> deliveryId.equals(letter.get("deliveryId")))
                                        .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static WebTestClient.ResponseSpec original(String deliveryId, Map<String, Object> letter) {
        var at = (Map<String, Object>) letter.get("original");
        assertThat(at).containsEntry("deliveryId", deliveryId);
        return get("/api/deadletters/" + deliveryId + "/original?partition=" + at.get("partition") + "&offset="
                        + at.get("offset"))
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_JSON);
    }

    private static WebTestClient.ResponseSpec get(String path) {
        return callsheet
                .client()
                .mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(2 * MAX_BODY))
                .build()
                .get()
                .uri(path)
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange();
    }
}
