package dev.callsheet.readside;

import dev.callsheet.config.ApprovalLinkProperties;
import dev.callsheet.events.Topics;
import dev.callsheet.intake.credential.AdminKey;
import dev.callsheet.intake.credential.ApiKey;
import dev.callsheet.intake.credential.LinkSecret;
import dev.callsheet.pipeline.RecordSizes;
import java.time.Clock;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side's own wiring: the key check in front of {@code /api}, the signer of the one-tap links,
 * and the reader of originals.
 */
@Configuration(proxyBeanMethods = false)
class ReadSideConfiguration {

    @Bean
    ApiKeyFilter apiKeyFilter(ApiKey apiKey, AdminKey adminKey, JsonMapper json) {
        return new ApiKeyFilter(apiKey, adminKey, AdminPaths.CALLSHEET, json);
    }

    @Bean
    ApprovalLinks approvalLinks(LinkSecret secret, ApprovalLinkProperties properties) {
        return new ApprovalLinks(secret, properties.linkLifetime(), Clock.systemUTC());
    }

    @Bean
    InboundRecords inboundRecords(
            KafkaProperties kafka, KafkaConnectionDetails connection, Topics topics, RecordSizes sizes) {
        return InboundRecords.of(kafka, connection, topics.inbound(), sizes.limit());
    }
}
