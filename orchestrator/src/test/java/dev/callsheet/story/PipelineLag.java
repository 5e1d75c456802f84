package dev.callsheet.story;

import dev.callsheet.events.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the pipeline's Kafka Streams application is behind its input topics: for each partition,
 * the end offset a {@code read_committed} reader sees minus the offset the application committed.
 */
final class PipelineLag {

    /** The Streams application id, which is also its consumer group. */
    static final String APPLICATION_ID = Topics.DEFAULT_PREFIX + "pipeline";

    private PipelineLag() {}

    /** @return the partitions the pipeline has not caught up with, and by how many offsets */
    static Map<String, Long> behind(String bootstrapServers) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> inputs = inputTopics(admin.listTopics().names().get());
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(inputs).allTopicNames().get().values().forEach(topic -> topic.partitions()
                    .forEach(partition ->
                            ends.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            var endOffsets = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(APPLICATION_ID)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<String, Long> behind = new TreeMap<>();
            endOffsets.forEach((partition, end) -> {
                OffsetAndMetadata done = committed.get(partition);
                long lag = end.offset() - (done == null ? 0 : done.offset());
                if (lag > 0) {
                    behind.put(partition.toString(), lag);
                }
            });
            return behind;
        }
    }

    /** Every topic the pipeline reads: the catalogue's and its own repartition topics. */
    private static Set<String> inputTopics(Set<String> existing) {
        var topics = new Topics(Topics.DEFAULT_PREFIX);
        Set<String> catalogue =
                Set.of(topics.inbound(), topics.events(), topics.timeline(), topics.requests(), topics.deadletter());
        return existing.stream()
                .filter(topic -> catalogue.contains(topic)
                        || (topic.startsWith(APPLICATION_ID + "-") && topic.endsWith("-repartition")))
                .collect(Collectors.toSet());
    }
}
