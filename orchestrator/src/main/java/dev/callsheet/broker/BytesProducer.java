package dev.callsheet.broker;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A producer of raw bytes, for records written as they are (a failed command to its retry topic, the
 * delivery log, a notice): its own, not a bean of the factory's type, which would replace Spring Boot's
 * shared one; closed with the context. Each use declares its bean with its own settings.
 */
public final class BytesProducer implements AutoCloseable {

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> template;

    public BytesProducer(DefaultKafkaProducerFactory<String, byte[]> producers) {
        this.producers = producers;
        this.template = new KafkaTemplate<>(producers);
    }

    public KafkaTemplate<String, byte[]> template() {
        return template;
    }

    @Override
    public void close() {
        producers.destroy();
    }
}
