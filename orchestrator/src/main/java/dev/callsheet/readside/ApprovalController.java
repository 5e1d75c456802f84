package dev.callsheet.readside;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.UserAction;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.intake.ReceivedWebhook;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.RequestView;
import dev.callsheet.request.SeriesScope;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@code /api/approvals}: the queue of requests waiting for a decision, and the decisions. A decision
 * is written to {@code inbound} as a fact and answered {@code 202} once the broker has it; the
 * pipeline then carries it to the request manager. Nothing here calls a service.
 */
@RestController
@RequestMapping("/api/approvals")
class ApprovalController {

    /** The admin key has no name of its own: decisions made with it are the admin's. */
    static final String ADMIN = "admin";

    private static final int MAX_REASON = 500;

    private final StoreQueries stores;
    private final OwnerRouting routing;
    private final InboundWriter inbound;
    private final DecisionIds ids;
    private final Clock clock;

    ApprovalController(StoreQueries stores, OwnerRouting routing, InboundWriter inbound) {
        this.stores = stores;
        this.routing = routing;
        this.inbound = inbound;
        this.ids = new DecisionIds();
        this.clock = Clock.systemUTC();
    }

    /** Oldest first. Gathered from every instance; one asked by another answers its own request views. */
    @GetMapping
    Mono<Object> queue(ServerHttpRequest request) {
        Mono<List<LocalViews>> gathered = routing.gather(
                StoreNames.REQUEST_VIEWS,
                request,
                () -> new LocalViews(stores.all(StoreNames.REQUEST_VIEWS)),
                new TypeReference<LocalViews>() {});
        if (OwnerRouting.routed(request)) {
            return gathered.map(List::getFirst);
        }
        return gathered.map(answers -> ApprovalQueue.of(
                answers.stream().flatMap(views -> views.views().stream()).toList(),
                clock.instant(),
                key -> stores.<MediaItem>get(StoreNames.MEDIA_ITEMS, key.value())
                        .map(MediaItem::progress),
                this::seasons));
    }

    @PostMapping("/{id}/approve")
    Mono<ResponseEntity<Accepted>> approve(
            @PathVariable String id, @RequestBody(required = false) Reason body, ServerHttpRequest request) {
        return decide(id, RequestDecided.Verdict.APPROVE, body, request);
    }

    @PostMapping("/{id}/decline")
    Mono<ResponseEntity<Accepted>> decline(
            @PathVariable String id, @RequestBody(required = false) Reason body, ServerHttpRequest request) {
        return decide(id, RequestDecided.Verdict.DECLINE, body, request);
    }

    private Mono<ResponseEntity<Accepted>> decide(
            String id, RequestDecided.Verdict verdict, Reason body, ServerHttpRequest request) {
        String reason = body == null || body.reason() == null || body.reason().isBlank()
                ? null
                : body.reason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "reason: at most " + MAX_REASON + " characters, got " + reason.length());
        }
        return routing.query(
                        StoreNames.REQUEST_VIEWS,
                        id,
                        request,
                        "/api/requests/" + id,
                        () -> stores.<RequestView>get(StoreNames.REQUEST_VIEWS, id),
                        "no request " + id)
                .map(answer -> routing.body(answer, RequestView.class))
                .flatMap(view -> write(view, verdict, reason));
    }

    private Mono<ResponseEntity<Accepted>> write(RequestView view, RequestDecided.Verdict verdict, String reason) {
        if (!view.awaitsDecision()) {
            String now = view.decision() != null
                    ? "it was %s in Callsheet at %s and waits for its request manager"
                            .formatted(
                                    past(view.decision().verdict()),
                                    view.decision().at())
                    : "it is " + view.state().id();
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "request %s is not waiting for a decision: %s".formatted(view.id(), now));
        }
        var decidedAt = clock.instant();
        String decisionId = ids.next(decidedAt);
        var decided = new RequestDecided(
                view.media(),
                view.id(),
                decisionId,
                verdict,
                ADMIN,
                reason,
                null,
                decidedAt,
                verdict == RequestDecided.Verdict.APPROVE ? RequestDecided.APPROVE : RequestDecided.DECLINE);
        byte[] bytes = EventJson.mapper().writeValueAsBytes(new UserAction(decisionId, view.mediaKey(), decided));
        return inbound.write(new ReceivedWebhook(SourceKind.CALLSHEET, "api", "application/json", bytes, decidedAt))
                .thenReturn(ResponseEntity.accepted()
                        .body(new Accepted(
                                decisionId, view.id().value(), verdict.name().toLowerCase())));
    }

    private List<Integer> seasons(RequestView view) {
        return stores.<MediaItem>get(StoreNames.MEDIA_ITEMS, view.mediaKey().value())
                .map(item -> item.series().scopes().get(view.id()))
                .map(SeriesScope::seasons)
                .orElse(List.of());
    }

    private static String past(RequestDecided.Verdict verdict) {
        return verdict == RequestDecided.Verdict.APPROVE ? "approved" : "declined";
    }

    /** The optional body of a decision. */
    record Reason(String reason) {}

    /** The answer to a decision: its id, on the request's timeline once the pipeline has it. */
    record Accepted(String decisionId, String request, String verdict) {}

    /** One instance's request views, as another instance asks for them. */
    record LocalViews(List<RequestView> views) {

        LocalViews {
            views = views == null ? List.of() : List.copyOf(views);
        }
    }
}
