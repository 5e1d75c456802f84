package dev.callsheet.pipeline.failure;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka Streams' producer, refusing a record too large to send before the Kafka producer sees it.
 * Under exactly-once, a record the Kafka producer refuses as too large puts its transaction in an
 * abortable state: every later send and the commit fail, the stream thread dies and reads the record
 * again, for ever, whatever the production handler answered. Refused here, the record reaches the
 * handler through the send's callback just as the producer would report it, and the transaction stays
 * good. The size is the Kafka producer's own upper bound, held against the same limits.
 */
final class SizeCheckedProducer extends KafkaProducer<byte[], byte[]> {

    private final int limit;

    SizeCheckedProducer(Map<String, Object> config) {
        super(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.limit = (int) Math.min(
                setting(config, ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                setting(config, ProducerConfig.BUFFER_MEMORY_CONFIG));
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
        int size = AbstractRecords.estimateSizeInBytesUpperBound(
                RecordBatch.CURRENT_MAGIC_VALUE,
                CompressionType.NONE,
                record.key(),
                record.value(),
                record.headers().toArray());
        if (size <= limit) {
            return super.send(record, callback);
        }
        var tooLarge = new RecordTooLargeException("the record is %d bytes, more than the %d of %s"
                .formatted(size, limit, ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (callback != null) {
            var partition = new TopicPartition(record.topic(), record.partition() == null ? -1 : record.partition());
            callback.onCompletion(new RecordMetadata(partition, -1, -1, RecordBatch.NO_TIMESTAMP, -1, -1), tooLarge);
        }
        return CompletableFuture.failedFuture(tooLarge);
    }

    private static long setting(Map<String, Object> config, String name) {
        Object value = config.get(name);
        return value == null
                ? ((Number) ProducerConfig.configDef().defaultValues().get(name)).longValue()
                : Long.parseLong(value.toString().trim());
    }
}
