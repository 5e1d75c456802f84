package dev.callsheet.story;

import dev.callsheet.events.Topics;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the pipeline has committed everything written to the topics it reads: the only way to
 * know that no decision is still to come, as opposed to waiting and hoping.
 */
final class PipelineLag {

    private final String bootstrapServers;
    private final String applicationId;
    private final Set<String> sourceTopics;

    PipelineLag(String bootstrapServers, Topics topics) {
        this.bootstrapServers = bootstrapServers;
        this.applicationId = topics.prefix() + "pipeline";
        this.sourceTopics =
                Set.of(topics.inbound(), topics.events(), topics.timeline(), topics.requests(), topics.deadletter());
    }

    /**
     * @return the partitions that hold committed records the pipeline has not yet committed as
     *     read, with how many; empty when it has caught up
     */
    Map<TopicPartition, Long> behind() throws ExecutionException, InterruptedException {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var inputs = admin.listTopics().names().get().stream()
                    .filter(this::isInput)
                    .collect(Collectors.toSet());
            var partitions = admin.describeTopics(inputs).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get();
            Map<TopicPartition, OffsetAndMetadata> read = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return ends.entrySet().stream()
                    .filter(end -> end.getValue().offset() > committed(read.get(end.getKey())))
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, end -> end.getValue().offset() - committed(read.get(end.getKey()))));
        }
    }

    /** The topology's source topics ({@code commands} is the command listener's) and its repartition topics. */
    private boolean isInput(String topic) {
        return sourceTopics.contains(topic) || topic.startsWith(applicationId + "-") && topic.endsWith("-repartition");
    }

    private static long committed(OffsetAndMetadata offset) {
        return offset == null ? 0 : offset.offset();
    }
}
