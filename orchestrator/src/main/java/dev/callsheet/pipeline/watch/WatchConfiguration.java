package dev.callsheet.pipeline.watch;

import dev.callsheet.pipeline.failure.FailedRecords;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;

/** The watch and the clients it samples with, on the same cluster and settings as the pipeline. */
@Configuration(proxyBeanMethods = false)
class WatchConfiguration {

    @Bean
    PipelineWatch pipelineWatch(
            StreamsBuilderFactoryBean streams,
            KafkaAdmin admin,
            KafkaProperties kafka,
            KafkaConnectionDetails connection,
            FailedRecords failures,
            PipelineWatchProperties settings) {
        Map<String, Object> reader = kafka.buildConsumerProperties();
        reader.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", connection.getBootstrapServers()));
        reader.put(ConsumerConfig.CLIENT_ID_CONFIG, "callsheet-pipeline-watch");
        reader.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        reader.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        reader.remove(ConsumerConfig.GROUP_ID_CONFIG);
        var pending = new PendingRecords(
                new KafkaConsumer<>(reader, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
        var sampler = new OffsetSampler(Admin.create(admin.getConfigurationProperties()), pending);
        return new PipelineWatch(streams, sampler, failures, settings, Clock.systemUTC());
    }
}
