package dev.callsheet.broker;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process broker, used only when no {@code spring.kafka.bootstrap-servers} is configured.
 *
 * @param port the client port other tools can reach it on ({@code localhost:9092}); 0 picks a free one
 * @param controllerPort the KRaft controller's port; 0 picks a free one
 */
@ConfigurationProperties("callsheet.kafka.embedded")
public record EmbeddedKafkaProperties(
        @DefaultValue("9092") int port,
        @DefaultValue("9093") int controllerPort) {}
