/**
 * The Kafka Streams pipeline: normalise raw webhooks (and the outcomes of Callsheet's own commands)
 * into facts, find the series of facts that arrived without one and the media item of download
 * clients' reports, run the pure decider per media item and send its commands to {@code commands},
 * and materialise request views, timelines, source status and dead letters into state stores for
 * the read side. {@link dev.callsheet.pipeline.PipelineTopology} builds the topology as a plain
 * function; {@link dev.callsheet.pipeline.PipelineConfiguration} wires it into Spring. {@link
 * dev.callsheet.pipeline.RecordSizes} bounds every record it writes, and {@link
 * dev.callsheet.pipeline.RecordSizeCheck} sees at start-up that the topics take them.
 */
package dev.callsheet.pipeline;
