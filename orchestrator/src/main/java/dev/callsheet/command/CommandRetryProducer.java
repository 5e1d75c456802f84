package dev.callsheet.command;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The producer the retry topics publish failed commands with, unchanged (raw bytes). Its own, not
 * the application's shared one, because it must write bytes; closed with the context.
 */
final class CommandRetryProducer implements AutoCloseable {

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> template;

    CommandRetryProducer(DefaultKafkaProducerFactory<String, byte[]> producers) {
        this.producers = producers;
        this.template = new KafkaTemplate<>(producers);
    }

    KafkaTemplate<String, byte[]> template() {
        return template;
    }

    @Override
    public void close() {
        producers.destroy();
    }
}
