package dev.callsheet.pipeline.failure;

import dev.callsheet.events.Topics;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What the failure handlers need. Streams creates its handlers from class names, so this reaches
 * them through the Streams configuration, whose values {@code configure} receives as given.
 */
public record FailureHandling(Topics topics, FailedRecords failures) {

    static final String CONFIG = "callsheet.failure-handling";

    /** Sets the processing and production exception handlers in {@code streamsConfig}, with this for them. */
    public void configure(Map<String, Object> streamsConfig) {
        streamsConfig.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingFailureHandler.class);
        streamsConfig.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, ProductionFailureHandler.class);
        streamsConfig.put(CONFIG, this);
    }

    static FailureHandling from(Map<String, ?> configs) {
        if (configs.get(CONFIG) instanceof FailureHandling handling) {
            return handling;
        }
        throw new ConfigException(CONFIG, configs.get(CONFIG), "set by FailureHandling.configure, with the handlers");
    }

    DeadLettering deadLettering() {
        return new DeadLettering(topics, failures);
    }
}
