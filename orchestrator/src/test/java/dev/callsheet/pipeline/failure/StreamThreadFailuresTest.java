package dev.callsheet.pipeline.failure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.pipeline.failure.Failures.Context;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class StreamThreadFailuresTest {

    private final FailedRecords failures = Failures.failedRecords();
    private final StreamThreadFailures threads = new StreamThreadFailures(failures);

    @Test
    void replacesTheThreadAndRecordsTheRecordItDiedOn() {
        var processing = new ProcessingFailureHandler();
        processing.configure(Failures.configs(failures));
        processing.handleError(
                Context.at(Failures.TOPICS.inbound(), 1, 42, "normalise", Failures.inboundHeaders()),
                new Record<>("k", new byte[0], 0L),
                new ProcessorStateException("disk full"));

        var response = threads.handle(new StreamsException(
                "Exception caught in process", new IllegalStateException("wrapped"), Failures.TASK));

        assertThat(response).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(failures.recentThreadFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.task()).isEqualTo("1_2");
            assertThat(failure.partition()).isEqualTo("callsheet.inbound-1");
            assertThat(failure.offset()).isEqualTo(42);
            assertThat(failure.reason()).isEqualTo("ProcessorStateException: disk full");
        });
        assertThat(failures.counts().threadFailures()).isOne();
    }

    @Test
    void recordsAFailureOnNoKnownRecordAsSuch() {
        threads.handle(new StreamsException("Error encountered trying to commit a transaction"));

        assertThat(failures.recentThreadFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.task()).isNull();
            assertThat(failure.offset()).isNull();
            assertThat(failure.reason())
                    .isEqualTo("StreamsException: Error encountered trying to commit a transaction");
        });
    }
}
