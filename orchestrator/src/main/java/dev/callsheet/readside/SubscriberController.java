package dev.callsheet.readside;

import dev.callsheet.events.command.UserAction;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.Subscribed;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/requests/{id}/subscribers}: someone asks to hear what a request's requester hears.
 * Written to {@code inbound} as a {@link Subscribed} fact and answered {@code 202} once the broker has
 * it; the notification routes' {@code subscribers} audience then includes them.
 */
@RestController
@RequestMapping("/api/requests")
class SubscriberController {

    private static final int MAX_NAME = 200;

    private final DecisionWriter requests;
    private final Submissions submissions;
    private final SortableIds ids = new SortableIds();
    private final Clock clock = Clock.systemUTC();

    SubscriberController(DecisionWriter requests, Submissions submissions) {
        this.requests = requests;
        this.submissions = submissions;
    }

    @PostMapping("/{id}/subscribers")
    Mono<ResponseEntity<Accepted>> subscribe(
            @PathVariable String id, @RequestBody(required = false) Subscriber body, ServerHttpRequest request) {
        Requester person = person(body);
        return requests.view(id, request).flatMap(view -> {
            var at = clock.instant();
            String actionId = ids.next("subscription-", at);
            var fact = new Subscribed(view.media(), view.id(), person, "subscribe");
            return submissions
                    .write(new UserAction(actionId, view.mediaKey(), fact), at)
                    .thenReturn(ResponseEntity.accepted()
                            .body(new Accepted(actionId, view.id().value())));
        });
    }

    /** The subscriber the body names; a {@code 400} problem naming the field when it names nobody usable. */
    static Requester person(Subscriber body) {
        String username = body == null ? null : blankToNull(body.username());
        String email = body == null ? null : blankToNull(body.email());
        if (username == null && email == null) {
            throw new BadField("username", "a username or an email is needed");
        }
        if (username != null && username.length() > MAX_NAME) {
            throw new BadField("username", "at most " + MAX_NAME + " characters");
        }
        if (email != null && (email.length() > MAX_NAME || !email.contains("@"))) {
            throw new BadField("email", "an e-mail address of at most " + MAX_NAME + " characters");
        }
        return new Requester(username, email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Who subscribes: the request manager's username, or an e-mail, or both. */
    record Subscriber(String username, String email) {}

    /** The subscription's id, and the request it is to. */
    record Accepted(String subscriptionId, String request) {}
}
