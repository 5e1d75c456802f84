package dev.callsheet.pipeline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * {@code UP} only when the broker answers and the pipeline is {@code RUNNING}: before that, webhooks
 * would be refused (no broker) or facts would wait (pipeline starting or rebalancing).
 */
@Component("pipeline")
class PipelineHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(2);

    private final StreamsBuilderFactoryBean streams;
    private final Admin admin;

    PipelineHealthIndicator(StreamsBuilderFactoryBean streams, KafkaAdmin kafkaAdmin) {
        super("pipeline health check failed");
        this.streams = streams;
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) BROKER_TIMEOUT.toMillis()));
        int brokers = cluster.nodes()
                .get(BROKER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .size();
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        var state = kafkaStreams == null ? KafkaStreams.State.CREATED : kafkaStreams.state();
        builder.withDetail("brokers", brokers).withDetail("streams", state.name());
        if (brokers > 0 && state == KafkaStreams.State.RUNNING) {
            builder.up();
        } else {
            builder.down();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
