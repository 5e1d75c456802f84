package dev.callsheet.readside;

import dev.callsheet.pipeline.watch.PipelineReport;
import dev.callsheet.pipeline.watch.PipelineWatch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pipeline}: this instance's Streams state and tasks, their lag, when each last made
 * progress and its last error, what is wrong if anything, and what the failure handlers did. As last
 * watched: the report is at most {@code callsheet.pipeline.watch-interval} old.
 */
@RestController
class PipelineController {

    private final PipelineWatch watch;

    PipelineController(PipelineWatch watch) {
        this.watch = watch;
    }

    @GetMapping("/api/pipeline")
    PipelineReport pipeline() {
        return watch.report();
    }
}
