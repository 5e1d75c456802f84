package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.events.Topics;
import dev.callsheet.normalise.WebhookParsers;
import dev.callsheet.pipeline.PipelineProperties;
import dev.callsheet.pipeline.PipelineTopology;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.Deadlines;
import dev.callsheet.request.Notifying;
import dev.callsheet.request.PlexServers;
import dev.callsheet.request.SearchPolicy;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * Test configuration, added as a source by the tests that want it (it is no {@code @Configuration}, so
 * that component scanning leaves it out of every other test): the real pipeline, plus a node on {@code
 * inbound} whose state store "fails" on any body holding {@value #MARK}, every time it is read, as a
 * broken disk would. Such a failure is not the record's fault, so the stream thread is replaced and
 * tries again, and again.
 */
class PoisonPill {

    static final String MARK = "poison-pill";

    @Bean
    StreamsBuilderFactoryBeanConfigurer poisonedPipeline(
            Topics topics, WebhookParsers parsers, PipelineProperties pipeline, PlexServers plex, SearchPolicy search) {
        return new StreamsBuilderFactoryBeanConfigurer() {
            @Override
            public void configure(StreamsBuilderFactoryBean factory) {
                factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
                    @Override
                    public void configureBuilder(StreamsBuilder builder) {
                        PipelineTopology.define(
                                builder,
                                topics,
                                parsers,
                                pipeline,
                                plex,
                                ApprovalRules.NONE,
                                Deadlines.DEFAULTS,
                                search,
                                Notifying.NONE);
                    }

                    @Override
                    public void configureTopology(Topology topology) {
                        topology.addProcessor("poison-pill", Poisoned::new, "inbound");
                    }
                });
            }

            /** After the application's own, whose topology this one replaces. */
            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        };
    }

    private static final class Poisoned implements Processor<String, byte[], Void, Void> {
        @Override
        public void process(Record<String, byte[]> record) {
            if (record.value() != null && new String(record.value(), UTF_8).contains(MARK)) {
                throw new ProcessorStateException("store poison-pill: input/output error");
            }
        }
    }
}
