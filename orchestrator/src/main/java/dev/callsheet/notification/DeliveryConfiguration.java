package dev.callsheet.notification;

import dev.callsheet.broker.BrokerConnection;
import dev.callsheet.broker.BytesProducer;
import dev.callsheet.command.OutcomeWriter;
import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.Topics;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.pipeline.RecordSizes;
import dev.callsheet.pipeline.TopicProperties;
import dev.callsheet.readside.ApprovalLinks;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.web.reactive.function.client.WebClient;

/** The delivery side's wiring: channels, templates, the delivery log, the workers and the listener. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    /** How long a write to the log, or a step of reading it back, may wait for the broker. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Bean
    NoticeChannels noticeChannels(ChannelSettingsSource source, DeliveryProperties delivery) {
        return NoticeChannels.of(source.channels(), WebClient.builder(), delivery.timeout());
    }

    @Bean
    NoticeTemplates noticeTemplates(
            NoticeTemplateProperties templates, ApprovalLinks links, CallsheetProperties callsheet) {
        OneTapLinks oneTap = callsheet.publicUrl() == null
                ? request -> Optional.empty()
                : request -> Optional.of(
                        links.urls(request, callsheet.publicUrl().toString().replaceAll("/+$", "")));
        return new NoticeTemplates(templates, oneTap);
    }

    /** The delivery log's topic, compacted: the latest entry of each notice is what counts. */
    @Bean
    KafkaAdmin.NewTopics notificationTopics(TopicProperties properties, Topics topics, RecordSizes sizes) {
        return sizes.limited(
                new NewTopic(topics.notifications(), properties.partitions(), properties.replicationFactor())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    }

    /** Writes the log, test commands and dead letters, as raw bytes; closed with the context. */
    @Bean
    BytesProducer notificationProducer(KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        BrokerConnection.apply(config, connection.getProducer());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "callsheet-notifications");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis() / 2);
        return new BytesProducer(
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
    }

    @Bean
    DeliveryLog deliveryLog(
            KafkaProperties kafka,
            KafkaConnectionDetails connection,
            Topics topics,
            BytesProducer notificationProducer) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        BrokerConnection.apply(config, connection.getConsumer());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "callsheet-notification-log");
        return new DeliveryLog(
                new DeliveryLogTopic(config, notificationProducer.template(), topics.notifications(), PATIENCE));
    }

    @Bean
    Deliveries deliveries(
            NoticeChannels channels,
            NoticeTemplates templates,
            DeliveryProperties delivery,
            DeliveryLog deliveryLog,
            InboundWriter inbound,
            Topics topics,
            BytesProducer notificationProducer) {
        var deadLetters = new DeadLetterPublishingRecoverer(
                notificationProducer.template(), (record, e) -> new TopicPartition(topics.commandsDeadLetter(), -1));
        var reports = new KafkaDeliveryReports(new OutcomeWriter(inbound), deadLetters, topics.commands());
        return new Deliveries(channels, templates, delivery, deliveryLog, reports, Clock.systemUTC());
    }

    @Bean
    NotificationListener notificationListener(Deliveries deliveries) {
        return new NotificationListener(deliveries);
    }

    @Bean
    NotificationController notificationController(
            DeliveryLog deliveryLog, NoticeChannels channels, Topics topics, BytesProducer notificationProducer) {
        var template = notificationProducer.template();
        return new NotificationController(deliveryLog, channels, command -> {
            try {
                template.send(
                                topics.commands(),
                                command.key(),
                                EventJson.mapper().writeValueAsBytes(command))
                        .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the test notice", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the test notice could not be written to " + topics.commands(), e);
            }
        });
    }
}
