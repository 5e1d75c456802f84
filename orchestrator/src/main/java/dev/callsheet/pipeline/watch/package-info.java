/**
 * Watches the pipeline from outside its threads: samples each local Streams task's committed and end
 * offsets, hands them with the stream threads' recent failures to the pure {@link
 * dev.callsheet.pipeline.progress.ProgressRules}, and keeps the resulting {@link
 * dev.callsheet.pipeline.watch.PipelineReport} for {@code /actuator/health} and {@code GET
 * /api/pipeline}.
 */
package dev.callsheet.pipeline.watch;
