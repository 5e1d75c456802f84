package dev.callsheet.readside;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.UserAction;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/requests}: a request made in Callsheet, without a request manager. It is written to
 * {@code inbound} as a fact and answered {@code 202} once the broker has it; the approval rules then
 * decide it, or it waits in the approval queue, and once approved the pipeline adds its media to the
 * arr. With an {@code Idempotency-Key} a retried POST finds the request it made and answers it {@code
 * 200} instead of making a second one.
 */
@RestController
@RequestMapping("/api/requests")
class NewRequestController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY = 255;

    private final Submissions submissions;
    private final InstanceProperties instances;
    private final RequestIds ids;
    private final Clock clock;

    NewRequestController(Submissions submissions, InstanceProperties instances) {
        this.submissions = submissions;
        this.instances = instances;
        this.ids = new RequestIds();
        this.clock = Clock.systemUTC();
    }

    @PostMapping
    Mono<ResponseEntity<Object>> submit(
            @RequestBody(required = false) JsonNode body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            ServerHttpRequest request) {
        NewRequest made = NewRequest.parse(body, instances);
        Instant now = clock.instant();
        if (idempotencyKey == null) {
            return write(made, ids.next(now), now);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new BadField(IDEMPOTENCY_KEY, "1 to " + MAX_KEY + " characters are needed");
        }
        RequestId id = ids.forKey(idempotencyKey);
        return submissions.find(id, request).flatMap(found -> {
            if (found.isEmpty()) {
                // Not made yet, or not through the pipeline yet: a second fact for the same id adds nothing.
                return write(made, id, now);
            }
            if (!found.get().mediaKey().equals(made.key())) {
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "%s was used for request %s of %s, not for %s"
                                .formatted(IDEMPOTENCY_KEY, id, found.get().mediaKey(), made.key()));
            }
            return Mono.just(ResponseEntity.ok(found.get()));
        });
    }

    private Mono<ResponseEntity<Object>> write(NewRequest made, RequestId id, Instant now) {
        return submissions
                .write(new UserAction(id.value(), made.key(), made.fact(id)), now)
                .thenReturn(ResponseEntity.accepted()
                        .body(new Submitted(
                                id.value(), made.key().value(), made.order().instance())));
    }

    /** The answer to a new request: its id, whose view and timeline follow once the pipeline has it. */
    record Submitted(String request, String mediaKey, String instance) {}
}
