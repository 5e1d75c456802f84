package dev.callsheet.readside;

import dev.callsheet.events.Topics;
import dev.callsheet.intake.credential.AdminKey;
import dev.callsheet.intake.credential.ApiKey;
import dev.callsheet.pipeline.RecordSizes;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The read side's own wiring: the key check in front of {@code /api}, and the reader of originals. */
@Configuration(proxyBeanMethods = false)
class ReadSideConfiguration {

    @Bean
    ApiKeyFilter apiKeyFilter(ApiKey apiKey, AdminKey adminKey, JsonMapper json) {
        return new ApiKeyFilter(apiKey, adminKey, AdminPaths.CALLSHEET, json);
    }

    @Bean
    InboundRecords inboundRecords(
            KafkaProperties kafka, KafkaConnectionDetails connection, Topics topics, RecordSizes sizes) {
        return InboundRecords.of(kafka, connection, topics.inbound(), sizes.limit());
    }
}
