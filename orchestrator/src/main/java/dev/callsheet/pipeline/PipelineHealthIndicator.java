package dev.callsheet.pipeline;

import dev.callsheet.pipeline.watch.PipelineWatch;
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
 * would be refused (no broker) or facts would wait (pipeline starting or rebalancing). Also {@code
 * DOWN} while the {@link PipelineWatch} sees troubles: a record that keeps failing, stream threads
 * that keep dying, or records waiting with no progress. A pipeline replacing its threads is {@code
 * RUNNING} between two failures, so its state alone would say {@code UP}.
 */
@Component("pipeline")
class PipelineHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(2);

    private final StreamsBuilderFactoryBean streams;
    private final Admin admin;
    private final PipelineWatch watch;

    PipelineHealthIndicator(StreamsBuilderFactoryBean streams, KafkaAdmin kafkaAdmin, PipelineWatch watch) {
        super("pipeline health check failed");
        this.streams = streams;
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.watch = watch;
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
        var troubles = watch.report().troubles();
        if (!troubles.isEmpty()) {
            builder.withDetail("troubles", troubles);
        }
        if (brokers > 0 && state == KafkaStreams.State.RUNNING && troubles.isEmpty()) {
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
