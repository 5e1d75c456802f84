/**
 * The Kafka Streams pipeline: normalise raw webhooks into facts, run the pure decider per media
 * item, and materialise request views, timelines, source status and dead letters into state stores
 * for the read side. {@link dev.callsheet.pipeline.PipelineTopology} builds the topology as a plain
 * function; {@link dev.callsheet.pipeline.PipelineConfiguration} wires it into Spring.
 */
package dev.callsheet.pipeline;
