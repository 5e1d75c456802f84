package dev.callsheet.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.InboundHeaders;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RecordSizesTest {

    private static final int MIB = 1024 * 1024;

    private final RecordSizes defaults = RecordSizes.of(DataSize.ofMegabytes(1));

    @Test
    void aWebhookExactlyAtMaxBodyIsLargerThanKafkasDefaultRequestSizeButFitsItsFraming() {
        // What KafkaProducer checks against max.request.size, for a body of exactly 1 MiB with the
        // headers intake writes and a Content-Type as long as the server lets through.
        Header[] headers = {
            header(InboundHeaders.SOURCE, "radarr"),
            header(InboundHeaders.INSTANCE, "radarr4k-living-room"),
            header(InboundHeaders.CONTENT_TYPE, "application/json; charset=" + "x".repeat(8 * 1024)),
            header(InboundHeaders.RECEIVED_AT, "2024-05-14T19:58:40.123456789Z"),
            header(InboundHeaders.DELIVERY_ID, UUID.randomUUID().toString())
        };
        int record = AbstractRecords.estimateSizeInBytesUpperBound(
                RecordBatch.CURRENT_MAGIC_VALUE,
                CompressionType.NONE,
                ("radarr:" + UUID.randomUUID()).getBytes(UTF_8),
                new byte[MIB],
                headers);

        assertThat(record).as("over Kafka's default max.request.size").isGreaterThan(MIB);
        assertThat((long) record).isLessThanOrEqualTo(defaults.inboundRecord());
        assertThat(defaults.producerConfig().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG))
                .isEqualTo(defaults.limit());
    }

    @Test
    void sizesEverythingForAPipelineRecordWhileMaxBodyIsSmallerThanOne() {
        assertThat(defaults.limit()).isEqualTo(8 * MIB).isEqualTo(RecordSizes.PIPELINE_RECORD);
        assertThat(RecordSizes.of(DataSize.ofKilobytes(64)).limit()).isEqualTo(8 * MIB);
    }

    @Test
    void sizesEverythingForTheLargestWebhookOnceMaxBodyIsLarger() {
        var large = RecordSizes.of(DataSize.ofMegabytes(20));

        assertThat(large.limit()).isEqualTo(20 * MIB + RecordSizes.FRAMING);
        assertThat(large.topicConfig()).containsEntry("max.message.bytes", Integer.toString(20 * MIB + 16 * 1024));
        assertThat(large.producerConfig())
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, large.limit())
                .as("a buffer that holds the largest record twice")
                .containsEntry(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * large.limit());
        assertThat(defaults.producerConfig()).containsEntry(ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * MIB);
    }

    @Test
    void givesKafkaStreamsItsProducersRequestSizeAndTheLimitOfTheTopicsItCreates() {
        assertThat(defaults.streamsConfig())
                .containsEntry("producer.max.request.size", 8 * MIB)
                .containsEntry("topic.max.message.bytes", Integer.toString(8 * MIB));
    }

    @Test
    void letsTheEmbeddedBrokerTakeTheLargestRecord() {
        assertThat(RecordSizes.of(DataSize.ofMegabytes(200)).brokerSettings())
                .containsEntry("message.max.bytes", Integer.toString(200 * MIB + RecordSizes.FRAMING))
                .containsEntry("socket.request.max.bytes", Long.toString(2L * (200 * MIB + RecordSizes.FRAMING)));
        assertThat(defaults.brokerSettings()).containsEntry("socket.request.max.bytes", Long.toString(100L * MIB));
    }

    @Test
    void addsTheLimitToEachTopicsOwnSettings() {
        var inbound = new NewTopic("callsheet.inbound", 3, (short) 1).configs(Map.of("retention.ms", "-1"));
        var commands = new NewTopic("callsheet.commands", 3, (short) 1);

        defaults.limited(inbound, commands);

        assertThat(inbound.configs())
                .containsEntry("retention.ms", "-1")
                .containsEntry("max.message.bytes", Integer.toString(8 * MIB));
        assertThat(commands.configs()).containsOnly(Map.entry("max.message.bytes", Integer.toString(8 * MIB)));
    }

    private static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(UTF_8));
    }
}
