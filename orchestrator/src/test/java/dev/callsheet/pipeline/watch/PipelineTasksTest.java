package dev.callsheet.pipeline.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.Topics;
import dev.callsheet.normalise.WebhookParsers;
import dev.callsheet.pipeline.PipelineProperties;
import dev.callsheet.pipeline.PipelineTopology;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.Deadlines;
import dev.callsheet.request.Notifying;
import dev.callsheet.request.PlexServers;
import dev.callsheet.request.SearchPolicy;
import dev.callsheet.source.InstanceProperties;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PipelineTasksTest {

    private static final String APPLICATION = "callsheet.pipeline";

    private final Map<Integer, Set<String>> sources = PipelineTasks.sourceTopics(
            PipelineTopology.build(
                            new Topics(Topics.DEFAULT_PREFIX),
                            new WebhookParsers(List.of(), new InstanceProperties(Map.of())),
                            PipelineProperties.defaults(),
                            PlexServers.NONE,
                            ApprovalRules.NONE,
                            Deadlines.DEFAULTS,
                            SearchPolicy.DEFAULT,
                            Notifying.NONE)
                    .describe(),
            APPLICATION);

    @Test
    void namesEveryTopicThePipelineReadsAsTheBrokerKnowsIt() {
        assertThat(sources.values())
                .flatMap(topics -> topics)
                .contains(
                        "callsheet.inbound",
                        "callsheet.events",
                        "callsheet.deadletter",
                        APPLICATION + "-key-lookups-repartition",
                        APPLICATION + "-download-reports-repartition");
    }

    @Test
    void makesOneTaskPerSubTopologyAndPartition() {
        int inbound = sources.entrySet().stream()
                .filter(entry -> entry.getValue().contains("callsheet.inbound"))
                .findFirst()
                .orElseThrow()
                .getKey();
        Map<String, Integer> partitions = new java.util.HashMap<>();
        sources.values().forEach(topics -> topics.forEach(topic -> partitions.put(topic, 3)));

        var tasks = PipelineTasks.of(sources, partitions);

        assertThat(tasks).hasSize(sources.size() * 3);
        assertThat(tasks.get(inbound + "_2")).containsExactly(new TopicPartition("callsheet.inbound", 2));
    }
}
