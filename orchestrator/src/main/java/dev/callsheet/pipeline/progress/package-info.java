/**
 * The pure core of the pipeline's watch: from what was sampled of each Streams task (its input
 * partitions' committed and end offsets) and the stream threads' recent failures, whether the
 * pipeline is stuck on a record, keeps restarting, or has work waiting and makes no progress. No
 * Spring, Kafka, Reactor, clock or I/O: the time of the sample comes in as data.
 */
package dev.callsheet.pipeline.progress;
