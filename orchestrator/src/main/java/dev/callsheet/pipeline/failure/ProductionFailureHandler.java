package dev.callsheet.pipeline.failure;

import dev.callsheet.pipeline.failure.FailedRecords.Handling;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be written (too large, or not serializable) is dead-lettered in its place and
 * the stream goes on; writing it again would fail again. A retriable error (the broker not answering
 * in time, too few replicas) is retried: Streams goes back to the task's last commit and processes
 * again. A record written to a state store's changelog that is skipped here stays in the local store
 * but not in the changelog: a store restored from its changelog goes back to the value before it.
 */
public final class ProductionFailureHandler implements ProductionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProductionFailureHandler.class);

    private DeadLettering deadLettering;
    private FailedRecords failures;

    @Override
    public void configure(Map<String, ?> configs) {
        var handling = FailureHandling.from(configs);
        this.deadLettering = handling.deadLettering();
        this.failures = handling.failures();
    }

    @Override
    public Response handleError(
            ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        var at = FailedAt.of(context);
        String reason = "could not write to " + record.topic() + ": " + Reason.of(exception);
        if (exception instanceof RetriableException) {
            failures.retried(at, reason);
            log.warn("retrying the task at {}: {}", at, reason);
            return Response.retry();
        }
        // The record's own headers carry the minimal mark of a dead letter written by the handlers.
        var headers = record.headers().lastHeader(DeadLettering.MINIMAL) == null ? context.headers() : record.headers();
        return Response.resume(
                deadLettering.instead(Handling.PRODUCTION, at, record.topic(), headers, record.value(), reason));
    }

    @Override
    @SuppressWarnings("rawtypes") // as Streams declares it
    public Response handleSerializationError(
            ErrorHandlerContext context,
            ProducerRecord record,
            Exception exception,
            SerializationExceptionOrigin origin) {
        var at = FailedAt.of(context);
        String reason = "could not serialize the %s for %s: %s"
                .formatted(origin.name().toLowerCase(Locale.ROOT), record.topic(), Reason.of(exception));
        return Response.resume(deadLettering.instead(
                Handling.PRODUCTION,
                at,
                record.topic(),
                context.headers(),
                DeadLettering.bytesOf(record.value()),
                reason));
    }
}
