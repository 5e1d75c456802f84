package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EventJson;
import dev.callsheet.intake.credential.AdminKey;
import dev.callsheet.intake.credential.ApiKey;
import dev.callsheet.intake.credential.Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ApiKeyFilterTest {

    private static final String READ = "read-key-value";
    private static final String ADMIN = "admin-key-value";
    private static final String ADMIN_ONLY_GET = "/api/approvals/{id}/links";

    /** Whatever gets past the filter is answered 204 by this stand-in for the controllers. */
    private final WebTestClient http = WebTestClient.bindToWebHandler(exchange -> {
                exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
                return exchange.getResponse().setComplete();
            })
            .webFilter(new ApiKeyFilter(
                    new ApiKey(new Secret(READ, Secret.Origin.CONFIGURED)),
                    new AdminKey(new Secret(ADMIN, Secret.Origin.CONFIGURED)),
                    new AdminPaths(List.of(ADMIN_ONLY_GET)),
                    EventJson.mapper()))
            .build();

    @ParameterizedTest(name = "{0} key, {1} → {2}")
    @CsvSource({
        "admin, GET,    204",
        "admin, HEAD,   204",
        "admin, POST,   204",
        "admin, PUT,    204",
        "admin, DELETE, 204",
        "read,  GET,    204",
        "read,  HEAD,   204",
        "read,  POST,   403",
        "read,  PUT,    403",
        "read,  DELETE, 403",
        "none,  GET,    401",
        "none,  POST,   401",
        "none,  PUT,    401",
        "none,  DELETE, 401",
        "wrong, GET,    401",
        "wrong, POST,   401",
        "wrong, PUT,    401",
        "wrong, DELETE, 401",
    })
    void letsEachKeyDoWhatItMay(String key, String method, int status) {
        var answer = call(HttpMethod.valueOf(method), "/api/requests/overseerr-1", key)
                .expectStatus()
                .isEqualTo(status);
        if (status != 204) {
            answer.expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(status);
        }
    }

    @Test
    void tellsTheReadKeyThatActingNeedsTheAdminKey() {
        call(HttpMethod.POST, "/api/deadletters/d-1/replay", "read")
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("about:blank")
                .jsonPath("$.title")
                .isEqualTo("Forbidden")
                .jsonPath("$.status")
                .isEqualTo(403)
                .jsonPath("$.detail")
                .isEqualTo("POST /api/deadletters/d-1/replay needs the admin key (callsheet.admin-key) in X-Api-Key;"
                        + " the read key only reads")
                .jsonPath("$.instance")
                .isEqualTo("/api/deadletters/d-1/replay");
    }

    @Test
    void tellsAMissingKeyFromAWrongOne() {
        call(HttpMethod.POST, "/api/requests", "none")
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.detail")
                .isEqualTo("missing X-Api-Key header");
        call(HttpMethod.GET, "/api/requests", "wrong")
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("wrong X-Api-Key");
    }

    @ParameterizedTest(name = "{0} key → {1}")
    @CsvSource({"admin, 204", "read, 403", "none, 401"})
    void keepsAnAdminOnlyGetFromTheReadKey(String key, int status) {
        call(HttpMethod.GET, "/api/approvals/overseerr-7/links", key)
                .expectStatus()
                .isEqualTo(status);
        // Only the declared path is admin-only, not its neighbours.
        call(HttpMethod.GET, "/api/approvals/overseerr-7", "read")
                .expectStatus()
                .isNoContent();
    }

    @Test
    void leavesEverythingOutsideApiToItsOwnChecks() {
        call(HttpMethod.POST, "/webhooks/radarr", "none").expectStatus().isNoContent();
        call(HttpMethod.GET, "/actuator/health", "none").expectStatus().isNoContent();
        call(HttpMethod.POST, "/apiary", "read").expectStatus().isNoContent();
        // The one-tap pages: the token in the path is the credential.
        call(HttpMethod.GET, "/a/some-token", "none").expectStatus().isNoContent();
        call(HttpMethod.POST, "/a/some-token", "none").expectStatus().isNoContent();
    }

    @ParameterizedTest(name = "{0} key, {1}")
    @CsvSource({
        "read,  POST",
        "read,  DELETE",
        "none,  GET",
        "wrong, PUT",
    })
    void neverShowsAKeyInARefusal(String key, String method) {
        byte[] body = call(HttpMethod.valueOf(method), "/api/requests", key)
                .expectBody()
                .returnResult()
                .getResponseBody();

        assertThat(new String(body, StandardCharsets.UTF_8))
                .isNotBlank()
                .doesNotContain(READ)
                .doesNotContain(ADMIN);
    }

    private WebTestClient.ResponseSpec call(HttpMethod method, String path, String key) {
        return http.method(method)
                .uri(path)
                .headers(headers -> {
                    switch (key) {
                        case "admin" -> headers.set(ApiKey.HEADER, ADMIN);
                        case "read" -> headers.set(ApiKey.HEADER, READ);
                        case "wrong" -> headers.set(ApiKey.HEADER, READ + "x");
                        case "none" -> {}
                        default -> throw new IllegalArgumentException(key);
                    }
                })
                .exchange();
    }
}
