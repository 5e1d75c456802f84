package dev.callsheet.readside;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.InboundRef;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@code GET /api/deadletters}: input the pipeline could not use, newest first, with the reason and
 * where the original is ({@link DeadLetterOriginalController} reads it back). A letter written before
 * letters referred to their originals shows none.
 */
@RestController
class DeadLetterController {

    private final StoreQueries stores;

    private static final Comparator<DeadLetterView> NEWEST_FIRST = Comparator.comparing(
                    DeadLetterView::receivedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .reversed();

    private final OwnerRouting routing;

    DeadLetterController(StoreQueries stores, OwnerRouting routing) {
        this.stores = stores;
        this.routing = routing;
    }

    @GetMapping("/api/deadletters")
    Mono<List<DeadLetterView>> list(@RequestParam(defaultValue = "100") int limit, ServerHttpRequest request) {
        int bounded = Math.clamp(limit, 1, 1000);
        return routing.gatherFirst(
                StoreNames.DEAD_LETTERS,
                request,
                () -> stores.<DeadLetter>all(StoreNames.DEAD_LETTERS).stream()
                        .map(DeadLetterView::of)
                        .toList(),
                new TypeReference<List<DeadLetterView>>() {},
                NEWEST_FIRST,
                bounded);
    }

    /**
     * A dead letter: where its original is in {@code inbound}, how large it was, and its start as
     * text (webhooks are JSON), for reading in a terminal.
     */
    record DeadLetterView(
            String deliveryId,
            String source,
            String instance,
            Instant receivedAt,
            String stage,
            String reason,
            String contentType,
            InboundRef original,
            long bodyBytes,
            String excerpt) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(
                    letter.deliveryId(),
                    letter.source() == null ? null : letter.source().id(),
                    letter.instance(),
                    letter.receivedAt(),
                    letter.stage(),
                    letter.reason(),
                    letter.contentType(),
                    letter.original(),
                    letter.bodyBytes(),
                    letter.excerpt());
        }
    }
}
