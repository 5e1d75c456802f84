/**
 * What happens to a record the pipeline cannot handle, so that no record can stop it: Kafka Streams'
 * processing and production exception handlers dead-letter the record (or, for a dead letter that
 * itself cannot be written, skip it with a minimal dead letter by reference) and the stream goes on;
 * Streams' producer refuses a record too large to send before the Kafka producer does, which under
 * exactly-once would abort the transaction whatever a handler answers; and a stream thread that dies
 * anyway is replaced, with the failure recorded so that a pipeline stuck on one record shows as such.
 */
package dev.callsheet.pipeline.failure;
