package dev.callsheet.pipeline;

import dev.callsheet.events.Topics;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Callsheet's topics are named and created.
 *
 * @param prefix prepended to every topic name and used as the Streams application id's stem
 * @param partitions partitions of each topic; the pipeline's unit of parallelism
 * @param replicationFactor replicas of each topic (and of Streams' internal topics); 1 for the
 *     embedded broker
 */
@Validated
@ConfigurationProperties("callsheet.topics")
public record TopicProperties(
        @DefaultValue(Topics.DEFAULT_PREFIX) String prefix,
        @DefaultValue("3") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor) {

    public Topics topics() {
        return new Topics(prefix);
    }
}
