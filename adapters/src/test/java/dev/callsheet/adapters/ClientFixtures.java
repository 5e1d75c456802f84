package dev.callsheet.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** What the client tests share: a recognisable key, the stub bodies, endpoints, and the key check on failures. */
public final class ClientFixtures {

    /** Shaped like an *arr key (32 hex digits), so a leak would look like one. */
    public static final String API_KEY = "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f";

    private ClientFixtures() {}

    /** A stub body under {@code src/test/resources}, e.g. {@code sonarr/series-severance.json}. */
    public static String body(String resource) {
        try (InputStream in = ClientFixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no stub body " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApiEndpoint endpoint(String baseUrl) {
        return endpoint(baseUrl, Duration.ofSeconds(5));
    }

    public static ApiEndpoint endpoint(String baseUrl, Duration timeout) {
        return new ApiEndpoint(URI.create(baseUrl), API_KEY, timeout);
    }

    /** A URL nobody listens on: a port the system just handed out and took back. */
    public static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code call}, which must fail with an {@link AdapterFailure}, and returns that failure after
     * checking that neither it nor anything it wraps shows the API key.
     */
    public static AdapterFailure failureOf(Mono<?> call) {
        AdapterFailure failure = catchThrowableOfType(AdapterFailure.class, call::block);
        assertThat(failure).as("the call's failure").isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(API_KEY);
            assertThat(t.toString()).doesNotContain(API_KEY);
        }
        return failure;
    }
}
