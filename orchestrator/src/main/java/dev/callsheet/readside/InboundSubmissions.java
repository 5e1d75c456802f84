package dev.callsheet.readside;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.UserAction;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.intake.ReceivedWebhook;
import dev.callsheet.request.RequestView;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** {@link Submissions} through the request views (asked of their owner) and the {@code inbound} topic. */
@Component
class InboundSubmissions implements Submissions {

    private final DecisionWriter views;
    private final InboundWriter inbound;

    InboundSubmissions(DecisionWriter views, InboundWriter inbound) {
        this.views = views;
        this.inbound = inbound;
    }

    @Override
    public Mono<Optional<RequestView>> find(RequestId id, ServerHttpRequest request) {
        return views.view(id.value(), request)
                .map(Optional::of)
                .onErrorResume(
                        ResponseStatusException.class,
                        e -> e.getStatusCode() == HttpStatus.NOT_FOUND ? Mono.just(Optional.empty()) : Mono.error(e));
    }

    @Override
    public Mono<Void> write(UserAction action, Instant at) {
        byte[] bytes = EventJson.mapper().writeValueAsBytes(action);
        return inbound.write(new ReceivedWebhook(SourceKind.CALLSHEET, "api", "application/json", bytes, at))
                .then();
    }
}
