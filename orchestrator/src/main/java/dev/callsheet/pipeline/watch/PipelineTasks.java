package dev.callsheet.pipeline.watch;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.TopologyDescription;

/**
 * The pipeline's tasks and the partitions each reads, from the topology alone: task {@code 1_2} is
 * sub-topology 1 on partition 2 of its source topics. Not from the stream threads' metadata, which
 * leaves out a task still restoring when its thread started, as the task of a thread replaced under
 * exactly-once always is: the very task that keeps failing would go unwatched.
 */
final class PipelineTasks {

    private PipelineTasks() {}

    /**
     * The topics each sub-topology reads, by its id. Streams names its internal topics (repartition
     * topics) after the application: {@code <application id>-<name>}.
     */
    static Map<Integer, Set<String>> sourceTopics(TopologyDescription topology, String applicationId) {
        Map<Integer, Set<String>> sources = new TreeMap<>();
        for (var subtopology : topology.subtopologies()) {
            Set<String> topics = new HashSet<>();
            subtopology.nodes().stream()
                    .filter(TopologyDescription.Source.class::isInstance)
                    .map(TopologyDescription.Source.class::cast)
                    .filter(source -> source.topicSet() != null)
                    .flatMap(source -> source.topicSet().stream())
                    .map(topic -> internal(topic) && !topic.startsWith(applicationId + "-")
                            ? applicationId + "-" + topic
                            : topic)
                    .forEach(topics::add);
            sources.put(subtopology.id(), topics);
        }
        return sources;
    }

    /** Each task's input partitions, by task id, given each source topic's partition count. */
    static Map<String, Set<TopicPartition>> of(
            Map<Integer, Set<String>> sourceTopics, Map<String, Integer> partitions) {
        Map<String, Set<TopicPartition>> tasks = new TreeMap<>();
        sourceTopics.forEach((subtopology, topics) -> {
            int count = topics.stream()
                    .mapToInt(topic -> partitions.getOrDefault(topic, 0))
                    .max()
                    .orElse(0);
            IntStream.range(0, count)
                    .forEach(partition -> tasks.put(
                            subtopology + "_" + partition,
                            topics.stream()
                                    .map(topic -> new TopicPartition(topic, partition))
                                    .collect(Collectors.toSet())));
        });
        return tasks;
    }

    private static boolean internal(String topic) {
        return topic.endsWith("-repartition") || topic.endsWith("-changelog");
    }
}
