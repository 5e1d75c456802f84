package dev.callsheet.adapters.plex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import java.net.URI;
import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** What the Plex tests share: a recognisable token, clients, and the token check on failures. */
final class PlexFixtures {

    /** Shaped like a Plex token (20 characters, with a dash), so a leak would look like one. */
    static final String TOKEN = "Zx9-pQ4rT7vW2yB6nM8k";

    private PlexFixtures() {}

    static PlexClient clientAt(String baseUrl) {
        return clientAt(baseUrl, Duration.ofSeconds(5));
    }

    static PlexClient clientAt(String baseUrl, Duration timeout) {
        return new PlexClient(new ApiEndpoint(URI.create(baseUrl), TOKEN, timeout), WebClient.builder());
    }

    /**
     * Runs {@code call}, which must fail with an {@link AdapterFailure}, and returns that failure after
     * checking that neither it nor anything it wraps shows the token.
     */
    static AdapterFailure failureOf(Mono<?> call) {
        AdapterFailure failure = catchThrowableOfType(AdapterFailure.class, call::block);
        assertThat(failure).as("the call's failure").isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
            assertThat(t.toString()).doesNotContain(TOKEN);
        }
        return failure;
    }
}
