package dev.callsheet.notification;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The producer of the delivery side: the delivery log, test notices and dead-lettered notices, as
 * raw bytes. Its own, not a bean of the factory's type, which would replace Spring Boot's; closed with
 * the context.
 */
final class NotificationProducer implements AutoCloseable {

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> template;

    NotificationProducer(DefaultKafkaProducerFactory<String, byte[]> producers) {
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
