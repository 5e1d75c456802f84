package dev.callsheet.notification;

import dev.callsheet.broker.BrokerConnection;
import dev.callsheet.broker.BytesProducer;
import dev.callsheet.events.Topics;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.Notifying;
import java.time.Duration;
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
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The listener that tells the admins of dead letters, in the consumer group {@code
 * <prefix>notifications-dead-letters}. A plain container rather than a {@code @KafkaListener}, like
 * Plex's: it has no retry topics of its own, and a record it fails to tell of is tried again in place.
 * It runs only when a route carries {@code dead-letter}.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterNoticeConfiguration {

    /** How long a notice's write may wait for the broker. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** A record whose notices cannot be written is tried again every 5 s for a minute, then logged and skipped. */
    private static final FixedBackOff AGAIN = new FixedBackOff(5_000, 12);

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> deadLetterNoticeContainer(
            Topics topics,
            Notifying notifying,
            BytesProducer notificationProducer,
            KafkaProperties kafka,
            KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        BrokerConnection.apply(config, connection.getConsumer());
        // A new group starts at the end: the dead letters from before it existed are not news.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "callsheet-notifications-dead-letters");
        var properties = new ContainerProperties(topics.deadletter(), topics.commandsDeadLetter());
        properties.setGroupId(topics.prefix() + "notifications-dead-letters");
        properties.setMessageListener(new DeadLetterNoticeListener(
                new DeadLetterNotices(notifying.routes(), topics),
                notificationProducer.template(),
                topics.commands(),
                PATIENCE));
        var container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                properties);
        container.setCommonErrorHandler(new DefaultErrorHandler(AGAIN));
        container.setAutoStartup(notifying.routes().carries(NoticeEvent.DEAD_LETTER));
        return container;
    }
}
