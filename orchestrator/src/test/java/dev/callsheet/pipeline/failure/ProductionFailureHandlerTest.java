package dev.callsheet.pipeline.failure;

import static dev.callsheet.pipeline.failure.Failures.DELIVERY;
import static dev.callsheet.pipeline.failure.Failures.TOPICS;
import static dev.callsheet.pipeline.failure.Failures.letter;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.InboundRef;
import dev.callsheet.pipeline.failure.Failures.Context;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionFailureHandlerTest {

    private final FailedRecords failures = Failures.failedRecords();
    private final ProductionFailureHandler handler = new ProductionFailureHandler();

    @BeforeEach
    void configure() {
        handler.configure(Failures.configs(failures));
    }

    private static Context writing(Headers headers) {
        return Context.at(TOPICS.inbound(), 1, 42, "KSTREAM-SINK-0000000005", headers);
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, byte[] value, Headers headers) {
        return new ProducerRecord<>(topic, null, null, "movie:tmdb:603".getBytes(UTF_8), value, headers);
    }

    @Test
    void deadLettersARecordTooLargeToWriteWithTheStartOfIt() {
        byte[] fact = new byte[50_000];
        Arrays.fill(fact, (byte) 'x');
        var headers = Failures.stampedHeaders();

        var response = handler.handleError(
                writing(headers),
                record(TOPICS.events(), fact, headers),
                new RecordTooLargeException("the record is 50100 bytes"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        var letter = letter(response.deadLetterQueueRecords().getFirst());
        assertThat(letter.stage()).isEqualTo("KSTREAM-SINK-0000000005");
        assertThat(letter.reason())
                .isEqualTo("could not write to callsheet.events: RecordTooLargeException: the record is 50100 bytes");
        assertThat(letter.original()).isEqualTo(new InboundRef(1, 42, DELIVERY));
        assertThat(letter.bodyBytes()).isEqualTo(50_000);
        assertThat(letter.excerpt()).hasSize(DeadLetter.EXCERPT_LIMIT);
        assertThat(failures.counts().deadLetteredWhileProducing()).isOne();
    }

    @Test
    void retriesTheTaskWhenTheBrokerDidNotAnswerInTime() {
        var headers = Failures.stampedHeaders();

        var response = handler.handleError(
                writing(headers), record(TOPICS.events(), new byte[10], headers), new TimeoutException("expired"));

        assertThat(response.result()).isEqualTo(Result.RETRY);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void writesAMinimalDeadLetterWhenADeadLetterCannotBeWritten() {
        var headers = Failures.stampedHeaders();

        var response = handler.handleError(
                writing(headers),
                record(TOPICS.deadletter(), new byte[10], headers),
                new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(record -> {
            assertThat(record.headers().lastHeader(DeadLettering.MINIMAL)).isNotNull();
            assertThat(letter(record).excerpt()).isNull();
            assertThat(letter(record).original()).isEqualTo(new InboundRef(1, 42, DELIVERY));
        });
        assertThat(failures.counts().skipped()).isOne();
    }

    @Test
    void writesNothingMoreWhenAMinimalDeadLetterCannotBeWritten() {
        var response = handler.handleError(
                writing(Failures.stampedHeaders()),
                record(TOPICS.deadletter(), new byte[10], Failures.minimalDeadLetterHeaders()),
                new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(failures.counts().skipped()).isOne();
    }

    /** A value even Callsheet's JSON cannot write. */
    record Unwritable(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("unwritable");
        }
    }

    @Test
    void deadLettersAValueThatCannotBeSerializedByReferenceOnly() {
        var unserializable = new Unwritable("x");

        var response = handler.handleSerializationError(
                writing(Failures.stampedHeaders()),
                new ProducerRecord<>(TOPICS.timeline(), "overseerr-127", unserializable),
                new SerializationException("no serializer"),
                SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(Result.RESUME);
        var letter = letter(response.deadLetterQueueRecords().getFirst());
        assertThat(letter.reason())
                .isEqualTo(
                        "could not serialize the value for callsheet.timeline: SerializationException: no serializer");
        assertThat(letter.bodyBytes()).isZero();
        assertThat(letter.excerpt()).isEmpty();
        assertThat(letter.original()).isEqualTo(new InboundRef(1, 42, DELIVERY));
    }
}
