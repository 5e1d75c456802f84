package dev.callsheet.intake;

import dev.callsheet.broker.BrokerConnection;
import dev.callsheet.pipeline.RecordSizes;
import dev.callsheet.pipeline.TopicProperties;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * The producer of {@link InboundWriter}: its own, not the application's shared one, because its
 * durability and time bounds are what the 202 promises. Connection and security settings come from
 * {@code spring.kafka.*} like every other client's.
 */
@Configuration(proxyBeanMethods = false)
class InboundProducerConfiguration {

    @Bean
    InboundWriter inboundWriter(
            KafkaProperties kafka,
            KafkaConnectionDetails connection,
            TopicProperties topics,
            IntakeProperties intake,
            RecordSizes sizes) {
        Map<String, Object> config = kafka.buildProducerProperties();
        KafkaConnectionDetails.Configuration producer = connection.getProducer();
        BrokerConnection.apply(config, producer);
        // A request size set in spring.kafka.producer.* wins; the start-up check refuses one a webhook does not fit.
        sizes.producerConfig().forEach(config::putIfAbsent);
        config.putAll(durableWithin(intake.ackTimeout()));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "callsheet-intake");
        var producers = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        producers.setPhysicalCloseTimeout((int) Math.max(1, intake.ackTimeout().toSeconds()));
        return new InboundWriter(producers, topics.topics().inbound(), intake.ackTimeout());
    }

    /**
     * Settings that override whatever {@code spring.kafka.producer.*} says: a record counts as
     * written only when every in-sync replica has it, retries cannot duplicate it, and no step of a
     * send may take longer than the time a sender is kept waiting.
     */
    static Map<String, Object> durableWithin(Duration ackTimeout) {
        long millis = ackTimeout.toMillis();
        return Map.of(
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                millis,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(millis, Integer.MAX_VALUE),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) Math.min(millis, Integer.MAX_VALUE),
                // Webhooks come one at a time; waiting to batch them would only delay the answer.
                ProducerConfig.LINGER_MS_CONFIG,
                0);
    }
}
