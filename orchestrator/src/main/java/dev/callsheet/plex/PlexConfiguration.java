package dev.callsheet.plex;

import dev.callsheet.broker.BrokerConnection;
import dev.callsheet.command.OutcomeWriter;
import dev.callsheet.events.Topics;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The Plex instances, checked at start-up, their confirmers and the listener feeding them. The
 * listener is a plain container rather than a {@code @KafkaListener}: the retry topics configured for
 * {@code commands} attach to every annotated listener of that topic, and Plex's commands are never
 * retried through them (a confirmer retries by looking again).
 */
@Configuration(proxyBeanMethods = false)
class PlexConfiguration {

    /** The confirmers' threads; each blocks only for one call's timeout. */
    private static final int THREADS = 4;

    @Bean(destroyMethod = "close")
    ExecutorScheduler plexScheduler() {
        return new ExecutorScheduler(THREADS);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    PlexConfirmers plexConfirmers(
            InstanceProperties instances,
            PlexProperties settings,
            InboundWriter inbound,
            ExecutorScheduler plexScheduler) {
        var outcomes = new OutcomeWriter(inbound);
        return new PlexConfirmers(
                PlexServers.from(instances, WebClient.builder()),
                settings,
                Clock.systemUTC(),
                plexScheduler,
                outcomes::write);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> plexCommandListenerContainer(
            Topics topics, PlexConfirmers confirmers, KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        var consumer = connection.getConsumer();
        BrokerConnection.apply(config, consumer);
        // The group is as old as the commands it reads: from the start, only what the decider committed.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "callsheet-commands-plex");
        var properties = new ContainerProperties(topics.commands());
        properties.setGroupId(topics.prefix() + "commands-plex");
        properties.setMessageListener(new PlexCommandListener(confirmers));
        return new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                properties);
    }
}
