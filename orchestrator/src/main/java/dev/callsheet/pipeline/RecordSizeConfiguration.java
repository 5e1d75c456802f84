package dev.callsheet.pipeline;

import dev.callsheet.events.Topics;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.intake.IntakeProperties;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.core.KafkaAdmin;

/** How large Callsheet's records may be, and the start-up check that the topics take them. */
@Configuration(proxyBeanMethods = false)
class RecordSizeConfiguration {

    @Bean
    RecordSizes recordSizes(IntakeProperties intake) {
        return RecordSizes.of(intake.maxBody());
    }

    @Bean
    RecordSizeCheck recordSizeCheck(
            KafkaAdmin admin,
            Topics topics,
            KafkaStreamsConfiguration streams,
            RecordSizes sizes,
            InboundWriter inbound) {
        return new RecordSizeCheck(
                admin.getConfigurationProperties(),
                topics,
                streams.asProperties().getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
                sizes,
                inbound);
    }
}
