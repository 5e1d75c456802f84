package dev.callsheet.readside;

import dev.callsheet.events.InboundRef;
import org.apache.kafka.common.errors.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/deadletters/{deliveryId}/original?partition=…&offset=…}: the bytes a dead letter's
 * delivery came with, as stored, with their content type, read back from {@code inbound} at the
 * coordinates the dead letter's {@code original} gives, and only if the record there is that
 * delivery.
 */
@RestController
class DeadLetterOriginalController {

    private final InboundRecords inbound;

    DeadLetterOriginalController(InboundRecords inbound) {
        this.inbound = inbound;
    }

    @GetMapping("/api/deadletters/{deliveryId}/original")
    Mono<ResponseEntity<byte[]>> original(
            @PathVariable String deliveryId, @RequestParam int partition, @RequestParam long offset) {
        return Mono.fromCallable(() -> inbound.read(new InboundRef(partition, offset, deliveryId)))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(TimeoutException.class, DeadLetterOriginalController::unavailable)
                .map(read -> switch (read) {
                    case InboundRecords.Read.Found found ->
                        ResponseEntity.ok()
                                .contentType(mediaType(found.contentType()))
                                // The bytes are a sender's: a browser must not take them for anything else.
                                .header("X-Content-Type-Options", "nosniff")
                                .body(found.body());
                    case InboundRecords.Read.Missing missing ->
                        throw new ResponseStatusException(
                                HttpStatus.NOT_FOUND, "no original of delivery " + deliveryId + ": " + missing.why());
                });
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static ErrorResponseException unavailable(TimeoutException e) {
        var detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "the broker did not answer in time; retry shortly");
        var problem = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, detail, e);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "2");
        return problem;
    }
}
