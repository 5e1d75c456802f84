package dev.callsheet.command;

import dev.callsheet.broker.BrokerConnection;
import dev.callsheet.broker.BytesProducer;
import dev.callsheet.events.Topics;
import dev.callsheet.intake.InboundWriter;
import dev.callsheet.pipeline.TopicProperties;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaRetryTopic;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.kafka.retrytopic.RetryTopicSchedulerWrapper;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The command listener, its consumer and the retry topics. Connection and security settings come
 * from {@code spring.kafka.*} like every other client's; the consumer reads only committed records,
 * since the pipeline writes {@code commands} in exactly-once transactions and an aborted one must not
 * be carried out.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaRetryTopic
public class CommandListenerConfiguration {

    public static final String CONTAINER_FACTORY = "commandListenerContainerFactory";

    @Bean
    CommandListener commandListener(ServiceClients clients, CommandAttempts attempts) {
        return new CommandListener(new EpisodeResolver(clients), new OverseerrLookup(clients), attempts);
    }

    /** The services' clients, one per instance, shared by every capability's handlers. */
    @Bean
    ServiceClients serviceClients(InstanceProperties instances) {
        return new ServiceClients(instances, WebClient.builder(), Clock.systemUTC());
    }

    @Bean
    CommandAttempts commandAttempts(InboundWriter inbound, CommandProperties commands) {
        return new CommandAttempts(new OutcomeWriter(inbound), commands.retry());
    }

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> commandListenerContainerFactory(
            KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        BrokerConnection.apply(config, connection.getConsumer());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "callsheet-commands");
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()));
        return factory;
    }

    /** Publishes commands to the retry and dead-letter topics; closed with the context. */
    @Bean
    BytesProducer commandRetryProducer(KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        BrokerConnection.apply(config, connection.getProducer());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "callsheet-command-retries");
        return new BytesProducer(
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
    }

    /** Resumes a retry topic's paused partition when a command's back-off is over. */
    @Bean
    RetryTopicSchedulerWrapper commandRetryScheduler() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("command-retry-");
        return new RetryTopicSchedulerWrapper(scheduler);
    }

    @Bean
    RetryTopicConfiguration commandRetryTopics(
            Topics topics,
            TopicProperties topicProperties,
            CommandProperties commands,
            BytesProducer commandRetryProducer,
            ConcurrentKafkaListenerContainerFactory<String, byte[]> commandListenerContainerFactory) {
        var retry = commands.retry();
        return RetryTopicConfigurationBuilder.newInstance()
                .includeTopic(topics.commands())
                .maxAttempts(retry.maxAttempts())
                .exponentialBackoff(
                        retry.initialDelay().toMillis(),
                        retry.multiplier(),
                        retry.maxDelay().toMillis())
                .retryTopicSuffix(Topics.RETRY_SUFFIX)
                .dltSuffix(Topics.DEAD_LETTER_SUFFIX)
                .suffixTopicsWithIndexValues()
                .notRetryOn(CommandGivenUp.class)
                .traversingCauses()
                .autoCreateTopics(true, topicProperties.partitions(), topicProperties.replicationFactor())
                .listenerFactory(commandListenerContainerFactory)
                .create(commandRetryProducer.template());
    }
}
