package dev.callsheet.readside;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A store queried while the pipeline starts or rebalances: the caller should simply retry shortly. */
@RestControllerAdvice
class PipelineNotReady {

    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(InvalidStateStoreException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "the pipeline is starting or rebalancing; retry shortly");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "2")
                .body(problem);
    }
}
