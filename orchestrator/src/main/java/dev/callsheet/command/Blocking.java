package dev.callsheet.command;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Waits for an adapter call on the listener thread. Blocking is right there: the listener's consumer
 * thread is its own, not an event loop, and the record must not be acknowledged before its outcome is
 * written. The client's own timeouts bound each read; this bounds the whole answer.
 */
public final class Blocking {

    private Blocking() {}

    public static <T> T await(Mono<T> call, String service, ApiEndpoint endpoint) {
        Duration limit = endpoint.timeout().multipliedBy(2);
        try {
            return call.block(limit);
        } catch (IllegalStateException e) {
            throw new AdapterFailure(
                    AdapterFailure.Kind.UNREACHABLE,
                    "%s at %s did not answer within %d s".formatted(service, endpoint.displayUrl(), limit.toSeconds()),
                    e);
        }
    }
}
