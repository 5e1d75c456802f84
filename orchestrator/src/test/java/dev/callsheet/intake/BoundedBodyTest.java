package dev.callsheet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class BoundedBodyTest {

    private final BoundedBody body = new BoundedBody(DataSize.ofKilobytes(1));

    @Test
    void readsABodyUpToTheLimit() {
        StepVerifier.create(body.read(OptionalLong.empty(), chunks(4, 256)))
                .assertNext(bytes -> assertThat(bytes).hasSize(1024).containsOnly((byte) 'x'))
                .verifyComplete();
    }

    @Test
    void readsAnEmptyBodyAsNoBytes() {
        StepVerifier.create(body.read(OptionalLong.of(0), Flux.empty()))
                .assertNext(bytes -> assertThat(bytes).isEmpty())
                .verifyComplete();
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReading() {
        AtomicInteger subscribed = new AtomicInteger();

        StepVerifier.create(body.read(
                        OptionalLong.of(2_411_725), chunks(1, 1).doOnSubscribe(s -> subscribed.incrementAndGet())))
                .verifyErrorSatisfies(error -> assertThat(problem(error))
                        .isEqualTo("body is 2.3 MiB; the limit is 1 KiB (callsheet.intake.max-body)"));
        assertThat(subscribed).hasValue(0);
    }

    @Test
    void refusesAnUndeclaredBodyAsSoonAsItPassesTheLimit() {
        AtomicInteger produced = new AtomicInteger();
        Flux<DataBuffer> endless =
                Flux.<DataBuffer>generate(sink -> sink.next(buffer(100))).doOnNext(chunk -> produced.incrementAndGet());

        StepVerifier.create(body.read(OptionalLong.empty(), endless))
                .verifyErrorSatisfies(error -> assertThat(problem(error))
                        .isEqualTo("body is larger than the limit of 1 KiB (callsheet.intake.max-body)"));
        assertThat(produced).hasValueLessThanOrEqualTo(12);
    }

    @Test
    void refusesABodyLongerThanItsDeclaredLength() {
        StepVerifier.create(body.read(OptionalLong.of(10), chunks(3, 500)))
                .verifyErrorSatisfies(error -> assertThat(((ErrorResponseException) error).getStatusCode())
                        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }

    @Test
    void describesSizesInBinaryUnits() {
        assertThat(BoundedBody.size(512)).isEqualTo("512 bytes");
        assertThat(BoundedBody.size(1536)).isEqualTo("1.5 KiB");
        assertThat(BoundedBody.size(1024 * 1024)).isEqualTo("1 MiB");
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> buffer(size));
    }

    private static DataBuffer buffer(int size) {
        return DefaultDataBufferFactory.sharedInstance.wrap("x".repeat(size).getBytes());
    }

    private static String problem(Throwable error) {
        var problem = (ErrorResponseException) error;
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        return problem.getBody().getDetail();
    }
}
