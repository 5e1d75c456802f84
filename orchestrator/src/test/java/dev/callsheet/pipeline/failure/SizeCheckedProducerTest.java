package dev.callsheet.pipeline.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class SizeCheckedProducerTest {

    @Test
    void refusesARecordOverMaxRequestSizeThroughTheCallbackWithoutSendingIt() throws Exception {
        var failure = new AtomicReference<Exception>();
        // Nothing listens there: a record that reached the Kafka producer would wait for metadata.
        try (var producer = new SizeCheckedProducer(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "1024",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000))) {

            var sent = producer.send(
                    new ProducerRecord<>("callsheet.events", new byte[2000]),
                    (metadata, exception) -> failure.set(exception));

            assertThat(failure.get())
                    .isInstanceOf(RecordTooLargeException.class)
                    .hasMessageContaining("more than the 1024 of max.request.size");
            assertThatThrownBy(sent::get)
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(RecordTooLargeException.class);
            producer.close(Duration.ZERO);
        }
    }
}
