package dev.callsheet.adapters;

import dev.callsheet.adapters.AdapterFailure.Kind;
import io.netty.channel.ChannelException;
import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import tools.jackson.core.JacksonException;

/** Words what went wrong with a call to one instance; every message passes through the key's redaction. */
final class Failures {

    private static final int BODY_EXCERPT = 200;
    // Jackson's advice to the programmer ("set `FAIL_ON_…` to 'false' to allow") means nothing to an admin.
    private static final Pattern JACKSON_HINT = Pattern.compile("\\s*\\(set `[^`]+` to '[^']+' to allow\\)");

    private final String service;
    private final ApiEndpoint endpoint;

    Failures(String service, ApiEndpoint endpoint) {
        this.service = service;
        this.endpoint = endpoint;
    }

    AdapterFailure status(Kind kind, int status, String call, String body) {
        String what =
                switch (kind) {
                    case UNAUTHORIZED -> "refused the API key";
                    case NOT_READY -> "is still starting";
                    case SERVER_ERROR -> "failed";
                    case REJECTED, UNREACHABLE, UNREADABLE -> "refused the call";
                };
        String excerpt = excerpt(ValidationFailures.messages(body).orElse(body));
        return failure(
                kind,
                what + " (HTTP " + status + " on " + call + ")" + (excerpt.isEmpty() ? "" : ": " + excerpt),
                null);
    }

    AdapterFailure unreadable(String call, String what, Throwable cause) {
        return unreadable(call, null, what, cause);
    }

    /** @param field the JSON path reading stopped at; null when the answer as a whole was wrong */
    AdapterFailure unreadable(String call, String field, String what, Throwable cause) {
        String redactedCall = endpoint.redact(call);
        return new AdapterFailure(
                new AdapterFailure.Unreadable(redactedCall, field),
                endpoint.redact(service + " at " + endpoint.displayUrl() + " gave an unreadable answer to " + call
                        + ": " + what),
                cause);
    }

    /** Whether {@code error} says the service could not be reached or did not answer in time. */
    boolean isTransportFailure(Throwable error) {
        return !(error instanceof AdapterFailure)
                && (error instanceof WebClientRequestException
                        || error instanceof DataBufferLimitException
                        || Causes.include(error, IOException.class)
                        || Causes.include(error, ChannelException.class)
                        || Causes.include(error, TimeoutException.class));
    }

    AdapterFailure transport(Throwable error, String call) {
        if (error instanceof DataBufferLimitException) {
            return unreadable(call, "the body is too large (" + error.getMessage() + ")", error);
        }
        if (Causes.include(error, io.netty.handler.timeout.TimeoutException.class)
                || Causes.include(error, ConnectTimeoutException.class)
                || Causes.include(error, TimeoutException.class)) {
            return failure(
                    Kind.UNREACHABLE, "did not answer within " + words(endpoint.timeout()) + " (" + call + ")", error);
        }
        return failure(Kind.UNREACHABLE, "could not be reached (" + call + "): " + reason(error), error);
    }

    /** Where in the body a Jackson error happened ({@code [0].tmdbId}); null at the top level. */
    static String field(JacksonException e) {
        String path = e.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? null : path;
    }

    /** A Jackson error as a short reason: what did not fit, and where. */
    static String describe(JacksonException e) {
        String field = field(e);
        return "the body is not the expected JSON at " + (field == null ? "the top level" : field) + ": "
                + JACKSON_HINT.matcher(e.getOriginalMessage()).replaceAll("");
    }

    private AdapterFailure failure(Kind kind, String what, Throwable cause) {
        return new AdapterFailure(kind, endpoint.redact(service + " at " + endpoint.displayUrl() + " " + what), cause);
    }

    private static String excerpt(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= BODY_EXCERPT ? flat : flat.substring(0, BODY_EXCERPT) + "…";
    }

    private static String words(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    // WebClient's wrapper repeats its cause's message; the first cause beneath it says the most.
    private static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (!(t instanceof WebClientRequestException)
                    && t.getMessage() != null
                    && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.toString();
    }
}
