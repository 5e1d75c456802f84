package dev.callsheet.readside;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code GET /api/deadletters}: input the pipeline could not use, newest first, with the reason and the body. */
@RestController
class DeadLetterController {

    private final StoreQueries stores;

    DeadLetterController(StoreQueries stores) {
        this.stores = stores;
    }

    @GetMapping("/api/deadletters")
    Mono<List<DeadLetterView>> list(@RequestParam(defaultValue = "100") int limit) {
        int bounded = Math.clamp(limit, 1, 1000);
        return Mono.fromCallable(() -> stores.<DeadLetter>all(StoreNames.DEAD_LETTERS).stream()
                        .sorted(Comparator.comparing(
                                        DeadLetter::receivedAt,
                                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                                .reversed())
                        .limit(bounded)
                        .map(DeadLetterView::of)
                        .toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** A dead letter with its body as text (webhooks are JSON), for reading in a terminal. */
    record DeadLetterView(
            String deliveryId,
            String source,
            String instance,
            Instant receivedAt,
            String stage,
            String reason,
            String contentType,
            String body) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(
                    letter.deliveryId(),
                    letter.source() == null ? null : letter.source().id(),
                    letter.instance(),
                    letter.receivedAt(),
                    letter.stage(),
                    letter.reason(),
                    letter.contentType(),
                    letter.body() == null ? null : new String(letter.body(), StandardCharsets.UTF_8));
        }
    }
}
