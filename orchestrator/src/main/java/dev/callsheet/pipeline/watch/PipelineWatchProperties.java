package dev.callsheet.pipeline.watch;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the pipeline is watched.
 *
 * @param stallAfter how long a task may have records waiting without committing further before the
 *     pipeline counts as stalled; also the window in which stream thread failures count
 * @param watchInterval how often the tasks' offsets are sampled
 */
@Validated
@ConfigurationProperties("callsheet.pipeline")
public record PipelineWatchProperties(
        @DefaultValue("5m") @NotNull @DurationMin(seconds = 1)
        Duration stallAfter,

        @DefaultValue("10s") @NotNull @DurationMin(millis = 100)
        Duration watchInterval) {}
