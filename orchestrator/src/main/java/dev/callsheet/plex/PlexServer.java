package dev.callsheet.plex;

import dev.callsheet.adapters.plex.PlexClient;
import dev.callsheet.adapters.plex.PlexNotification;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One configured Plex instance, checked at start-up.
 *
 * @param name its name under {@code callsheet.instances}
 * @param displayUrl its URL without credentials, for messages
 * @param timeout how long one call to it may take
 * @param notifications its push channel, cold: each subscription opens a websocket of its own
 */
record PlexServer(
        String name,
        String displayUrl,
        Duration timeout,
        PlexClient client,
        PlexPaths paths,
        PlexMode mode,
        Flux<PlexNotification> notifications) {

    /**
     * Waits for one call on a confirmer's thread, which is its own and may block. The client's
     * timeout bounds each read; this bounds the whole answer.
     */
    <T> T await(Mono<T> call) {
        T answer = call.block(timeout.multipliedBy(2));
        if (answer == null) {
            throw new IllegalStateException("Plex '%s' at %s gave no answer".formatted(name, displayUrl));
        }
        return answer;
    }
}
