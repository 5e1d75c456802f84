package dev.callsheet.broker;

import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.pipeline.RecordSizes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the in-process broker when no Kafka is configured and points Boot's Kafka
 * auto-configuration (templates, listeners, admin, Streams) at it through {@link
 * KafkaConnectionDetails}. Its log lives under {@code <data-dir>/kafka} and survives restarts; it
 * accepts records as large as Callsheet's largest ({@link RecordSizes}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoKafkaConfigured.class)
class EmbeddedKafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaConfiguration.class);

    @Bean(destroyMethod = "close")
    InProcessKafkaBroker inProcessKafkaBroker(
            CallsheetProperties callsheet, EmbeddedKafkaProperties embedded, RecordSizes sizes) {
        var dir = callsheet.dataDir().resolve("kafka");
        var broker =
                InProcessKafkaBroker.start(dir, embedded.port(), embedded.controllerPort(), sizes.brokerSettings());
        log.info(
                "No Kafka configured: started the embedded broker at {} with its data in {}",
                broker.bootstrapServers(),
                dir.toAbsolutePath());
        return broker;
    }

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails(InProcessKafkaBroker broker) {
        return () -> List.of(broker.bootstrapServers());
    }
}
