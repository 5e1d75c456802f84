package dev.callsheet.pipeline.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.intake.InProcessBrokerExtension;
import dev.callsheet.pipeline.progress.PartitionOffsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real broker, a partition written by a transaction, as the pipeline writes under exactly-once:
 * two records at offsets 0 and 1, the commit marker at 2, the end at 3.
 */
@ExtendWith(InProcessBrokerExtension.class)
class OffsetSamplerIT {

    private static final TopicPartition WRITTEN = new TopicPartition("watch-transactional", 0);
    private static final String GROUP = "watch-group";

    private Admin admin;
    private OffsetSampler sampler;

    @BeforeEach
    void writeTwoRecordsInATransaction() throws Exception {
        String servers = InProcessBrokerExtension.bootstrapServers();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
        if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(WRITTEN.topic())) {
            admin.createTopics(List.of(new NewTopic(WRITTEN.topic(), 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            try (var producer = new KafkaProducer<>(
                    Map.<String, Object>of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            servers,
                            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                            "watch-test"),
                    new StringSerializer(),
                    new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(WRITTEN.topic(), 0, "k", "first"));
                producer.send(new ProducerRecord<>(WRITTEN.topic(), 0, "k", "second"));
                producer.commitTransaction();
            }
        }
        var reader = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        servers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        sampler = new OffsetSampler(
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers)), new PendingRecords(reader));
    }

    @AfterEach
    void close() {
        sampler.close();
        admin.close();
    }

    private PartitionOffsets sampleCommitted(long offset) throws Exception {
        String group = GROUP + "-" + offset;
        admin.alterConsumerGroupOffsets(group, Map.of(WRITTEN, new OffsetAndMetadata(offset)))
                .all()
                .get(30, TimeUnit.SECONDS);
        return sampler.sample(group, Set.of(WRITTEN)).get(WRITTEN);
    }

    @Test
    void countsNothingWaitingWhenOnlyTheCommitMarkerFollowsTheCommittedOffset() throws Exception {
        assertThat(sampleCommitted(2)).isEqualTo(new PartitionOffsets(WRITTEN.toString(), 2, 3, 0));
    }

    @Test
    void countsTheOffsetsUpToTheEndWhenARecordWaits() throws Exception {
        assertThat(sampleCommitted(1)).isEqualTo(new PartitionOffsets(WRITTEN.toString(), 1, 3, 2));
    }

    @Test
    void startsFromTheBeginningOfAPartitionTheGroupHasNeverCommitted() throws Exception {
        assertThat(sampler.sample("watch-group-never", Set.of(WRITTEN)).get(WRITTEN))
                .isEqualTo(new PartitionOffsets(WRITTEN.toString(), 0, 3, 3));
    }

    @Test
    void knowsHowManyPartitionsATopicHas() throws Exception {
        assertThat(sampler.partitionCounts(Set.of(WRITTEN.topic()))).isEqualTo(Map.of(WRITTEN.topic(), 1));
    }
}
