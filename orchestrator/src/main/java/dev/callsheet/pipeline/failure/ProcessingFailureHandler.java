package dev.callsheet.pipeline.failure;

import dev.callsheet.pipeline.failure.FailedRecords.Handling;
import java.util.Map;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose processing threw is dead-lettered and the stream goes on: the fault is in the record
 * or in the code that read it, and trying again would fail again. What Kafka Streams or Kafka itself
 * threw (a state store that cannot be written, a producer that failed, a timeout) is not the record's
 * fault and may pass: the stream thread fails, is replaced and tries the record again, and the watch
 * reports a record that keeps failing.
 */
public final class ProcessingFailureHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProcessingFailureHandler.class);

    private DeadLettering deadLettering;
    private FailedRecords failures;

    @Override
    public void configure(Map<String, ?> configs) {
        var handling = FailureHandling.from(configs);
        this.deadLettering = handling.deadLettering();
        this.failures = handling.failures();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        var at = FailedAt.of(context);
        String reason = Reason.of(exception);
        if (exception instanceof StreamsException || exception instanceof RetriableException) {
            failures.retried(at, reason);
            log.warn(
                    "processing failed at {}; the stream thread is replaced and tries again: {}",
                    at,
                    reason,
                    exception);
            return Response.fail();
        }
        if (record == null) {
            // A punctuation has no record to keep; it runs again at its next interval.
            failures.noted(at, reason);
            log.error("punctuation failed at {}: {}", at, reason, exception);
            return Response.resume();
        }
        log.warn("processing failed at {}", at, exception);
        return Response.resume(deadLettering.instead(
                Handling.PROCESSING, at, null, context.headers(), DeadLettering.bytesOf(record.value()), reason));
    }
}
