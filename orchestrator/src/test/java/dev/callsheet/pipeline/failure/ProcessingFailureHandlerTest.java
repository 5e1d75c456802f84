package dev.callsheet.pipeline.failure;

import static dev.callsheet.pipeline.failure.Failures.DELIVERY;
import static dev.callsheet.pipeline.failure.Failures.RECEIVED;
import static dev.callsheet.pipeline.failure.Failures.TOPICS;
import static dev.callsheet.pipeline.failure.Failures.letter;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.InboundRef;
import dev.callsheet.events.SourceKind;
import dev.callsheet.pipeline.failure.Failures.Context;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessingFailureHandlerTest {

    private final FailedRecords failures = Failures.failedRecords();
    private final ProcessingFailureHandler handler = new ProcessingFailureHandler();

    @BeforeEach
    void configure() {
        handler.configure(Failures.configs(failures));
    }

    @Test
    void deadLettersARecordWhoseProcessingThrewAndGoesOn() {
        var context = Context.at(TOPICS.events(), 0, 7, "decide", Failures.stampedHeaders());

        var response = handler.handleError(
                context,
                new Record<>("movie:tmdb:603", Map.of("fact", "grabbed"), 0L),
                new IllegalStateException("boom"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(TOPICS.deadletter());
            assertThat(new String(record.key(), UTF_8)).isEqualTo("radarr");
            var letter = letter(record);
            assertThat(letter.stage()).isEqualTo("decide");
            assertThat(letter.reason()).isEqualTo("IllegalStateException: boom");
            assertThat(letter.original()).isEqualTo(new InboundRef(1, 42, DELIVERY));
            assertThat(letter.source()).isEqualTo(SourceKind.RADARR);
            assertThat(letter.instance()).isEqualTo("radarr4k");
            assertThat(letter.receivedAt()).isEqualTo(RECEIVED);
            assertThat(letter.excerpt()).isEqualTo("{\"fact\":\"grabbed\"}");
        });
        assertThat(failures.counts().deadLetteredWhileProcessing()).isOne();
        assertThat(failures.lastErrors().get("1_2").offset()).isEqualTo(7);
    }

    @Test
    void refersToTheInboundRecordItselfWhenItFailsBeforeBeingStamped() {
        byte[] body = "\"a long JSON string, not an object\"".getBytes(UTF_8);
        var context = Context.at(TOPICS.inbound(), 2, 900, "normalise", Failures.inboundHeaders());

        var response =
                handler.handleError(context, new Record<>("radarr:x", body, 0L), new IllegalArgumentException("no"));

        var letter = letter(response.deadLetterQueueRecords().getFirst());
        assertThat(letter.original()).isEqualTo(new InboundRef(2, 900, DELIVERY));
        assertThat(letter.contentType()).isEqualTo("application/json");
        assertThat(letter.bodyBytes()).isEqualTo(body.length);
        assertThat(letter.excerpt()).isEqualTo(new String(body, UTF_8));
    }

    @Test
    void namesWhereARecordWasReadWhenItCannotBeTracedToInbound() {
        String repartition = "callsheet.pipeline-key-lookups-repartition";
        var context = Context.at(repartition, 0, 7, "key-lookup", new RecordHeaders());

        var response = handler.handleError(context, new Record<>("k", "v", 0L), new NullPointerException("x"));

        var letter = letter(response.deadLetterQueueRecords().getFirst());
        assertThat(letter.original()).isNull();
        assertThat(letter.reason()).isEqualTo(repartition + "-0 offset 7: NullPointerException: x");
        assertThat(new String(response.deadLetterQueueRecords().getFirst().key(), UTF_8))
                .isEqualTo("unknown");
    }

    @Test
    void failsSoThatTheThreadRetriesWhenAStateStoreCannotBeWritten() {
        var context = Context.at(TOPICS.events(), 0, 7, "decide", Failures.stampedHeaders());

        var response =
                handler.handleError(context, new Record<>("k", "v", 0L), new ProcessorStateException("disk full"));

        assertThat(response.result()).isEqualTo(Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        var threadFailure = failures.threadFailed("1_2", "StreamsException: failed");
        assertThat(threadFailure.partition()).isEqualTo(TOPICS.events() + "-0");
        assertThat(threadFailure.offset()).isEqualTo(7);
        assertThat(threadFailure.reason()).isEqualTo("ProcessorStateException: disk full");
    }

    @Test
    void skipsAFailingDeadLetterWithAMinimalOneByReference() {
        var context = Context.at(TOPICS.deadletter(), 0, 3, "dead-letters", Failures.stampedHeaders());

        var response =
                handler.handleError(context, new Record<>("radarr", "letter", 0L), new IllegalStateException("x"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(record -> {
            assertThat(record.headers().lastHeader(DeadLettering.MINIMAL)).isNotNull();
            var letter = letter(record);
            assertThat(letter.excerpt()).isNull();
            assertThat(letter.original()).isEqualTo(new InboundRef(1, 42, DELIVERY));
            assertThat(letter.reason()).isEqualTo("dead letter not written: IllegalStateException: x");
        });
        assertThat(failures.counts().skipped()).isOne();
        assertThat(failures.counts().deadLetteredWhileProcessing()).isZero();
    }

    @Test
    void skipsAFailingMinimalDeadLetterWithoutAnother() {
        var context = Context.at(TOPICS.deadletter(), 0, 4, "dead-letters", Failures.minimalDeadLetterHeaders());

        var response =
                handler.handleError(context, new Record<>("radarr", "letter", 0L), new IllegalStateException("x"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(failures.counts().skipped()).isOne();
    }

    @Test
    void letsAFailedPunctuationRunAgainWithoutADeadLetter() {
        var context = new Context(null, -1, -1, new RecordHeaders(), "key-lookup", Failures.TASK, -1, null, null);

        var response = handler.handleError(context, null, new IllegalStateException("x"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(failures.lastErrors().get("1_2").reason()).isEqualTo("IllegalStateException: x");
    }
}
