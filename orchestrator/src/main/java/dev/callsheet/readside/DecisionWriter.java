package dev.callsheet.readside;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.UserAction;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.intake.ReceivedWebhook;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.request.RequestView;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Writes an admin's decision on a waiting request to {@code inbound} as a {@link RequestDecided}
 * fact, whichever way it was made (the API, a one-tap link); the pipeline carries it on. Nothing here
 * calls a service.
 */
@Component
class DecisionWriter {

    private final StoreQueries stores;
    private final OwnerRouting routing;
    private final InboundWriter inbound;
    private final SortableIds ids;
    private final Clock clock;

    DecisionWriter(StoreQueries stores, OwnerRouting routing, InboundWriter inbound) {
        this.stores = stores;
        this.routing = routing;
        this.inbound = inbound;
        this.ids = new SortableIds();
        this.clock = Clock.systemUTC();
    }

    /**
     * Request {@code id}'s view, from the instance that owns it (asked with the key {@code request}
     * carries); a {@code 404} when there is no such request.
     */
    Mono<RequestView> view(String id, ServerHttpRequest request) {
        return routing.query(
                        StoreNames.REQUEST_VIEWS,
                        id,
                        request,
                        "/api/requests/" + id,
                        () -> stores.<RequestView>get(StoreNames.REQUEST_VIEWS, id),
                        "no request " + id)
                .map(answer -> routing.body(answer, RequestView.class));
    }

    /**
     * Writes {@code verdict} on the request of {@code view}, once the broker has it; a {@code 409} when
     * the request no longer waits for a decision.
     *
     * @param decidedBy who decided, as the timeline names them
     * @param reason why; null when none was given
     */
    Mono<Written> write(RequestView view, RequestDecided.Verdict verdict, String decidedBy, String reason) {
        if (!view.awaitsDecision()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, notWaiting(view));
        }
        var decidedAt = clock.instant();
        String decisionId = ids.next("decision-", decidedAt);
        var decided = new RequestDecided(
                view.media(),
                view.id(),
                decisionId,
                verdict,
                decidedBy,
                reason,
                null,
                decidedAt,
                verdict == RequestDecided.Verdict.APPROVE ? RequestDecided.APPROVE : RequestDecided.DECLINE);
        byte[] bytes = EventJson.mapper().writeValueAsBytes(new UserAction(decisionId, view.mediaKey(), decided));
        return inbound.write(new ReceivedWebhook(SourceKind.CALLSHEET, "api", "application/json", bytes, decidedAt))
                .thenReturn(new Written(decisionId, view));
    }

    /** Why the request of {@code view}, which does not await a decision, cannot be decided now. */
    static String notWaiting(RequestView view) {
        String now = view.decision() != null
                ? "it was %s in Callsheet at %s and waits for its request manager"
                        .formatted(
                                past(view.decision().verdict()), view.decision().at())
                : "it is " + view.state().id();
        return "request %s is not waiting for a decision: %s".formatted(view.id(), now);
    }

    static String past(RequestDecided.Verdict verdict) {
        return verdict == RequestDecided.Verdict.APPROVE ? "approved" : "declined";
    }

    /** A decision the broker has: its id, on the request's timeline once the pipeline has it. */
    record Written(String decisionId, RequestView view) {}
}
