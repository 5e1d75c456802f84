package dev.callsheet.intake;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The refusals intake answers with, each an RFC 9457 problem whose {@code detail} says what was
 * wrong and how to put it right. Raised as {@link ErrorResponseException}s anywhere in a request's
 * handling and rendered by {@link #render}.
 */
final class IntakeProblems {

    static final String BASIC_CHALLENGE = "Basic realm=\"Callsheet\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"Callsheet\"";

    private IntakeProblems() {}

    static ErrorResponseException unauthorized(String detail) {
        return problem(HttpStatus.UNAUTHORIZED, detail);
    }

    /** A 401 that asks for HTTP Basic, as RFC 9110 wants for a scheme the sender can answer. */
    static ErrorResponseException basicChallenge(String detail) {
        ErrorResponseException problem = unauthorized(detail);
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        return problem;
    }

    /** A 401 that names the Bearer scheme, as RFC 6750 asks of a bearer-token endpoint. */
    static ErrorResponseException bearerChallenge(String detail) {
        ErrorResponseException problem = unauthorized(detail);
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        return problem;
    }

    static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, detail);
    }

    static ErrorResponseException tooLarge(String detail) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, detail);
    }

    static ErrorResponseException unsupportedType(String detail) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    static ErrorResponseException malformed(String detail) {
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    static ErrorResponseException unavailable(String detail, Duration retryAfter) {
        ErrorResponseException problem = problem(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        return problem;
    }

    static Mono<ServerResponse> render(ErrorResponseException problem, ServerRequest request) {
        ProblemDetail body = problem.getBody();
        // The path only: the Plex URL's query carries its token.
        body.setInstance(URI.create(request.path()));
        return ServerResponse.status(problem.getStatusCode())
                .headers(headers -> headers.addAll(problem.getHeaders()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(body);
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
