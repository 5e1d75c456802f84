package dev.callsheet.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the record limit ({@code max.message.bytes}) of existing topics to what Callsheet needs:
 * topics created by an older version, or by Kafka Streams before it was told, have the broker's
 * default (1 MiB), which a webhook at {@code max-body} does not fit. It only ever raises, and
 * touches nothing else, so that an operator's own settings stay as they are.
 */
final class TopicLimits {

    private static final Logger log = LoggerFactory.getLogger(TopicLimits.class);

    private final Admin admin;
    private final Duration timeout;

    TopicLimits(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /**
     * What the topics accept after raising.
     *
     * @param effective each topic's {@code max.message.bytes} in force, by name
     * @param refused why a topic's limit could not be raised, by name
     */
    record Limits(Map<String, Long> effective, Map<String, String> refused) {}

    /**
     * Raises every existing topic {@code ours} accepts whose limit is below {@code limit}.
     *
     * @throws ExecutionException when the broker would not list or describe the topics
     * @throws TimeoutException when it did not answer in time
     */
    Limits raise(Predicate<String> ours, int limit) throws InterruptedException, ExecutionException, TimeoutException {
        List<ConfigResource> topics = await(admin.listTopics().names()).stream()
                .filter(ours)
                .map(TopicLimits::resource)
                .toList();
        Map<String, Long> effective = new TreeMap<>();
        Map<String, String> refused = new TreeMap<>();
        for (var topic : await(admin.describeConfigs(topics).all()).entrySet()) {
            String name = topic.getKey().name();
            long current = Long.parseLong(
                    topic.getValue().get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value());
            Optional<String> refusal = current < limit ? raise(name, current, limit) : Optional.empty();
            refusal.ifPresent(why -> refused.put(name, why));
            effective.put(name, current < limit && refusal.isEmpty() ? limit : current);
        }
        return new Limits(effective, refused);
    }

    /** Why the broker refused, or empty once it has raised the limit. */
    private Optional<String> raise(String name, long current, int limit) throws InterruptedException, TimeoutException {
        var set = new AlterConfigOp(
                new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(limit)),
                AlterConfigOp.OpType.SET);
        try {
            await(admin.incrementalAlterConfigs(Map.of(resource(name), List.of(set)))
                    .all());
            log.info("Raised max.message.bytes of topic {} from {} to {} bytes", name, current, limit);
            return Optional.empty();
        } catch (ExecutionException e) {
            String why = e.getCause().getMessage();
            log.warn(
                    "Could not raise max.message.bytes of topic {} from {} to {} bytes ({}); records over {} bytes"
                            + " written to it will be refused",
                    name,
                    current,
                    limit,
                    why,
                    current);
            return Optional.of(why);
        }
    }

    private <T> T await(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ConfigResource resource(String topic) {
        return new ConfigResource(ConfigResource.Type.TOPIC, topic);
    }
}
