package dev.callsheet.pipeline;

import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.Topics;
import dev.callsheet.normalise.WebhookParser;
import dev.callsheet.normalise.WebhookParsers;
import dev.callsheet.pipeline.failure.FailureHandling;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.Notifying;
import dev.callsheet.request.PlexServers;
import dev.callsheet.request.SearchPolicy;
import dev.callsheet.source.InstanceProperties;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.util.StringUtils;

/** Creates the topics and runs {@link PipelineTopology} with exactly-once processing. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class PipelineConfiguration {

    @Bean
    Topics topics(TopicProperties properties) {
        return properties.topics();
    }

    /**
     * Created at start-up in both modes; existing topics are left as they are, but for a record limit
     * too small, which {@link RecordSizeCheck} raises.
     */
    @Bean
    KafkaAdmin.NewTopics callsheetTopics(TopicProperties properties, Topics topics, RecordSizes sizes) {
        String keepForever = "-1";
        return sizes.limited(
                topic(properties, topics.inbound(), Map.of(TopicConfig.RETENTION_MS_CONFIG, keepForever)),
                topic(properties, topics.events(), Map.of(TopicConfig.RETENTION_MS_CONFIG, keepForever)),
                topic(properties, topics.commands(), Map.of()),
                topic(properties, topics.timeline(), Map.of(TopicConfig.RETENTION_MS_CONFIG, keepForever)),
                topic(
                        properties,
                        topics.requests(),
                        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                topic(
                        properties,
                        topics.requesterLedger(),
                        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                topic(properties, topics.deadletter(), Map.of(TopicConfig.RETENTION_MS_CONFIG, keepForever)));
    }

    @Bean
    WebhookParsers webhookParsers(List<WebhookParser> parsers, InstanceProperties instances) {
        return new WebhookParsers(parsers, instances);
    }

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration defaultKafkaStreamsConfig(
            KafkaProperties kafka,
            KafkaConnectionDetails connection,
            CallsheetProperties callsheet,
            TopicProperties topics,
            PipelineProperties pipeline,
            RecordSizes sizes,
            FailureHandling failureHandling) {
        Map<String, Object> config = kafka.buildStreamsProperties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, topics.prefix() + "pipeline");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", connection.getBootstrapServers()));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) topics.replicationFactor());
        // A limit of the user's own (spring.kafka.streams.properties.producer.max.request.size, …) wins.
        sizes.streamsConfig().forEach(config::putIfAbsent);
        config.put(
                StreamsConfig.STATE_DIR_CONFIG,
                callsheet.dataDir().resolve("streams").toAbsolutePath().toString());
        // A stream thread that dies (a broker outage outlasting the producer's timeouts does that under
        // exactly-once) is replaced, but stays in the group: its replacement is assigned nothing until the
        // dead member's session expires. 45 s by default, during which nothing is processed.
        config.putIfAbsent(StreamsConfig.mainConsumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        // A record whose bytes no longer deserialise is logged and skipped rather than stopping the pipeline.
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        // A record that fails while processed or written is dead-lettered rather than stopping the pipeline.
        failureHandling.configure(config);
        if (StringUtils.hasText(pipeline.applicationServer())) {
            config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, pipeline.applicationServer());
        }
        return new KafkaStreamsConfiguration(config);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer pipelineTopology(
            Topics topics,
            WebhookParsers parsers,
            PipelineProperties pipeline,
            PlexServers plex,
            ApprovalRules rules,
            DeadlineProperties deadlines,
            SearchPolicy search,
            Notifying notifying) {
        return factory -> {
            factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
                @Override
                public void configureBuilder(StreamsBuilder builder) {
                    PipelineTopology.define(
                            builder, topics, parsers, pipeline, plex, rules, deadlines.deadlines(), search, notifying);
                }
            });
        };
    }

    /** When the decider searches the arrs for what requests miss. */
    @Bean
    static SearchPolicy searchPolicy(SearchProperties search) {
        return search.policy();
    }

    /**
     * The Plex servers the decider has confirm imports: the instances of kind {@code plex} that can be
     * called, with a URL and a token. A Plex instance without them only receives webhooks.
     */
    @Bean
    static PlexServers plexServers(InstanceProperties instances) {
        Map<String, PlexServers.Mode> servers = new TreeMap<>();
        instances.instances().forEach((name, instance) -> {
            if (instance.kind() == SourceKind.PLEX && instance.url() != null && StringUtils.hasText(instance.token())) {
                servers.put(
                        name,
                        instance.mode() == InstanceProperties.PlexMode.OBSERVE
                                ? PlexServers.Mode.OBSERVE
                                : PlexServers.Mode.SCAN);
            }
        });
        return new PlexServers(servers);
    }

    private static NewTopic topic(TopicProperties properties, String name, Map<String, String> configs) {
        return new NewTopic(name, properties.partitions(), properties.replicationFactor()).configs(configs);
    }
}
