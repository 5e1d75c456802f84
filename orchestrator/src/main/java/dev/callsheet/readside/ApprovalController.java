package dev.callsheet.readside;

import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.pipeline.RequesterLedgers;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.RequestView;
import dev.callsheet.request.RequesterLedger;
import dev.callsheet.request.SeriesScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * {@code /api/approvals}: the queue of requests waiting for a decision, the decisions, and each waiting
 * request's one-tap links. A decision is written to {@code inbound} as a fact and answered {@code 202}
 * once the broker has it; the pipeline then carries it to the request manager. Nothing here calls a
 * service.
 */
@RestController
@RequestMapping("/api/approvals")
class ApprovalController {

    /** The admin key has no name of its own: decisions made with it are the admin's. */
    static final String ADMIN = "admin";

    private static final int MAX_REASON = 500;

    private final StoreQueries stores;
    private final OwnerRouting routing;
    private final DecisionWriter decisions;
    private final ApprovalLinks links;
    private final CallsheetProperties callsheet;
    private final Clock clock;

    ApprovalController(
            StoreQueries stores,
            OwnerRouting routing,
            DecisionWriter decisions,
            ApprovalLinks links,
            CallsheetProperties callsheet) {
        this.stores = stores;
        this.routing = routing;
        this.decisions = decisions;
        this.links = links;
        this.callsheet = callsheet;
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
                this::seasons,
                requester -> RequesterLedgers.of(
                        identity -> stores.<RequesterLedger>get(StoreNames.REQUESTER_LEDGER, identity)
                                .orElse(null),
                        requester)));
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

    /**
     * The request's one-tap links, for an admin to pass on (a chat message, a notification); admin
     * key only ({@link AdminPaths}), since holding a link is enough to decide.
     */
    @GetMapping("/{id}/links")
    Mono<Links> links(@PathVariable String id, ServerHttpRequest request) {
        return decisions.view(id, request).map(view -> {
            if (!view.awaitsDecision()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, DecisionWriter.notWaiting(view));
            }
            var issued = links.issue(view.id());
            String base = LinkBase.of(callsheet.publicUrl(), request) + OneTapController.PATH;
            return new Links(base + issued.approve(), base + issued.decline(), issued.expiresAt());
        });
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
        return decisions
                .view(id, request)
                .flatMap(view -> decisions.write(view, verdict, ADMIN, reason))
                .map(written -> ResponseEntity.accepted()
                        .body(new Accepted(
                                written.decisionId(),
                                written.view().id().value(),
                                verdict.name().toLowerCase(Locale.ROOT))));
    }

    private List<Integer> seasons(RequestView view) {
        return stores.<MediaItem>get(StoreNames.MEDIA_ITEMS, view.mediaKey().value())
                .map(item -> item.series().scopes().get(view.id()))
                .map(SeriesScope::seasons)
                .orElse(List.of());
    }

    /** The optional body of a decision. */
    record Reason(String reason) {}

    /** A waiting request's one-tap links, absolute, and when they stop working. */
    record Links(String approve, String decline, Instant expiresAt) {}

    /** The answer to a decision: its id, on the request's timeline once the pipeline has it. */
    record Accepted(String decisionId, String request, String verdict) {}

    /** One instance's request views, as another instance asks for them. */
    record LocalViews(List<RequestView> views) {

        LocalViews {
            views = views == null ? List.of() : List.copyOf(views);
        }
    }
}
