package dev.callsheet.broker;

import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.SslBundleSslEngineFactory;
import org.springframework.boot.ssl.SslBundle;

/**
 * How every Kafka client Callsheet makes by hand reaches the broker: the bootstrap servers, security
 * protocol and SSL bundle Spring Boot resolved for {@code spring.kafka.*} (or for the embedded broker),
 * so that a client built outside Spring's factories connects exactly like the ones inside them.
 */
public final class BrokerConnection {

    private BrokerConnection() {}

    /** Puts {@code connection}'s settings into {@code config}, over whatever was there. */
    public static void apply(Map<String, Object> config, KafkaConnectionDetails.Configuration connection) {
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, connection.getBootstrapServers());
        if (connection.getSecurityProtocol() != null) {
            config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, connection.getSecurityProtocol());
        }
        if (connection.getSslBundle() != null) {
            config.put(SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG, SslBundleSslEngineFactory.class);
            config.put(SslBundle.class.getName(), connection.getSslBundle());
        }
    }
}
