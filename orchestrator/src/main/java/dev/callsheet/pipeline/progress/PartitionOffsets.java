package dev.callsheet.pipeline.progress;

/**
 * One input partition of a task as sampled.
 *
 * @param partition {@code topic-partition}, as Kafka writes it ({@code callsheet.inbound-1})
 * @param committed the offset the pipeline will read next, as committed; under exactly-once that can
 *     be one short of {@code end} when only a transaction marker follows
 * @param end the partition's end offset as a transactional reader sees it
 * @param lag records waiting: {@code end - committed}, or 0 when what lies between holds no record
 *     (transaction markers only)
 */
public record PartitionOffsets(String partition, long committed, long end, long lag) {}
