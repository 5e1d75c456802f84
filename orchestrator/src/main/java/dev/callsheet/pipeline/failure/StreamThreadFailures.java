package dev.callsheet.pipeline.failure;

import java.util.Optional;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream thread that died is replaced: what reaches this far is what the failure handlers left to
 * a retry (a state store, the broker, a transaction), which may well pass, and a replaced thread picks
 * up without anyone's help. Each failure is recorded with the record it was on, so that a record that
 * keeps failing, or threads that keep dying, make the pipeline's health {@code DOWN} instead of going
 * round unseen.
 */
final class StreamThreadFailures implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(StreamThreadFailures.class);

    private final FailedRecords failures;

    StreamThreadFailures(FailedRecords failures) {
        this.failures = failures;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        String task = task(exception).map(TaskId::toString).orElse(null);
        var failure = failures.threadFailed(task, Reason.of(exception));
        long onThatRecord = failure.offset() == null
                ? 0
                : failures.recentThreadFailures().stream()
                        .filter(recent -> failure.partition().equals(recent.partition())
                                && failure.offset().equals(recent.offset()))
                        .count();
        log.error(
                "stream thread failed on task {}, {} offset {} ({} recent failures on that record); replacing it: {}",
                task,
                failure.partition(),
                failure.offset(),
                onThatRecord,
                failure.reason(),
                exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private static Optional<TaskId> task(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamsException streams && streams.taskId().isPresent()) {
                return streams.taskId();
            }
        }
        return Optional.empty();
    }
}
