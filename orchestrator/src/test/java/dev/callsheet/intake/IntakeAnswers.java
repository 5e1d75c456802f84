package dev.callsheet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** What intake's answers must look like: {@code 202 {"id": …}}, or an RFC 9457 problem. */
final class IntakeAnswers {

    private IntakeAnswers() {}

    /** Asserts a {@code 202} and returns its delivery id. */
    static String accepted(ResponseSpec response) {
        Map<String, String> body = response.expectStatus()
                .isAccepted()
                .expectHeader()
                .contentType(MediaType.APPLICATION_JSON)
                .expectBody(new ParameterizedTypeReference<Map<String, String>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(body).containsOnlyKeys("id");
        return body.get("id");
    }

    /** Asserts the problem and returns the response for further header assertions. */
    static ResponseSpec assertProblem(ResponseSpec response, HttpStatus status, String detail) {
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status.value())
                .jsonPath("$.title")
                .isEqualTo(status.getReasonPhrase())
                .jsonPath("$.instance")
                .value(String.class, instance -> assertThat(instance)
                        .startsWith("/webhooks/")
                        .doesNotContain("?"))
                .jsonPath("$.detail")
                .value(String.class, actual -> assertThat(actual).contains(detail));
        return response;
    }
}
