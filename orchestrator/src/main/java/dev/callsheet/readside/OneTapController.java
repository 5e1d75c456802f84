package dev.callsheet.readside;

import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.intake.credential.ApiKey;
import dev.callsheet.request.RequestView;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /a/{token}}: the one-tap approve and decline links of waiting requests. The token is the
 * credential (no API key). {@code GET} only shows the request and a button, because chat apps fetch
 * a link to preview it; the {@code POST} from that button decides, writing the same fact as {@code
 * POST /api/approvals/{id}/approve}. A link whose request no longer waits ({@code 409}), an expired
 * one ({@code 410}) and one that is not Callsheet's ({@code 404}) get a page saying so and change
 * nothing.
 */
@RestController
@RequestMapping(OneTapController.PATH)
class OneTapController {

    /** Where the links live, outside {@code /api}. */
    static final String PATH = "/a/";

    /** Who decided, as the request's timeline names it. */
    static final String DECIDED_BY = ApprovalController.ADMIN + " (one-tap link)";

    private final ApprovalLinks links;
    private final DecisionWriter decisions;
    private final ApiKey readKey;

    OneTapController(ApprovalLinks links, DecisionWriter decisions, ApiKey readKey) {
        this.links = links;
        this.decisions = decisions;
        this.readKey = readKey;
    }

    @GetMapping("{token}")
    Mono<ResponseEntity<String>> show(@PathVariable String token, ServerHttpRequest request) {
        return waiting(
                token,
                request,
                (link, view) -> Mono.just(OneTapPage.confirm(view, link, token, links.token(link.other()))));
    }

    @PostMapping("{token}")
    Mono<ResponseEntity<String>> decide(@PathVariable String token, ServerHttpRequest request) {
        return waiting(token, request, (link, view) -> decisions
                .write(view, link.verdict(), DECIDED_BY, null)
                .map(written -> OneTapPage.decided(written.view(), link)));
    }

    /** {@code then} for a valid link whose request waits for a decision; a refusal page for any other. */
    private Mono<ResponseEntity<String>> waiting(String token, ServerHttpRequest request, Then then) {
        return switch (links.read(token)) {
            case ApprovalLinks.Reading.Invalid() ->
                Mono.just(OneTapPage.refused(
                        HttpStatus.NOT_FOUND,
                        "This link is not valid",
                        "Callsheet did not make this link, or it was cut short when it was copied."
                                + " Open the request in Callsheet, or ask for a new link."));
            case ApprovalLinks.Reading.Expired(var link) ->
                Mono.just(OneTapPage.refused(
                        HttpStatus.GONE,
                        "This link has expired",
                        "The link to %s request %s worked until %s. Decide it in Callsheet, or ask for a new link."
                                .formatted(verb(link), link.request(), OneTapPage.when(link.expiresAt()))));
            case ApprovalLinks.Reading.Valid(var link) ->
                decisions
                        .view(link.request().value(), asServer(request))
                        .flatMap(view ->
                                view.awaitsDecision() ? then.apply(link, view) : Mono.just(alreadyDecided(view)))
                        .onErrorResume(ErrorResponseException.class, e -> Mono.just(refusal(e)))
                        .onErrorResume(InvalidStateStoreException.class, e -> Mono.just(starting()));
        };
    }

    /**
     * The request as the instance owning it is asked for it: with the read key, since the caller has
     * none, only the token this instance checked already.
     */
    private ServerHttpRequest asServer(ServerHttpRequest request) {
        return request.mutate()
                .headers(headers -> headers.set(ApiKey.HEADER, readKey.secret().value()))
                .build();
    }

    private static ResponseEntity<String> alreadyDecided(RequestView view) {
        return OneTapPage.refused(
                HttpStatus.CONFLICT, "This request was decided already", DecisionWriter.notWaiting(view) + ".");
    }

    private static ResponseEntity<String> refusal(ErrorResponseException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return switch (status) {
            case NOT_FOUND ->
                OneTapPage.refused(
                        HttpStatus.NOT_FOUND,
                        "No such request",
                        "Callsheet knows no request for this link; nothing can be decided with it.");
            case CONFLICT ->
                OneTapPage.refused(
                        HttpStatus.CONFLICT,
                        "This request was decided already",
                        e.getBody().getDetail());
            case null, default ->
                OneTapPage.refused(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Callsheet cannot answer just now",
                        "Nothing was decided; try the link again in a moment.");
        };
    }

    private static ResponseEntity<String> starting() {
        return OneTapPage.refused(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Callsheet is starting",
                "Nothing was decided; try the link again in a moment.");
    }

    private static String verb(ApprovalLink link) {
        return link.verdict() == Verdict.APPROVE ? "approve" : "decline";
    }

    /** What a valid link to a waiting request leads to. */
    @FunctionalInterface
    private interface Then {
        Mono<ResponseEntity<String>> apply(ApprovalLink link, RequestView view);
    }
}
