package dev.callsheet.readside;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.UserAction;
import dev.callsheet.request.RequestView;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/** Where {@code POST /api/requests} finds a request made before and writes a new one. */
interface Submissions {

    /** Request {@code id}'s view, from the instance that owns it; empty when the pipeline has none yet. */
    Mono<Optional<RequestView>> find(RequestId id, ServerHttpRequest request);

    /** Writes {@code action} to {@code inbound}; completes once the broker has it. */
    Mono<Void> write(UserAction action, Instant at);
}
