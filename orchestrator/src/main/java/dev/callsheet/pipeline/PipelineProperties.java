package dev.callsheet.pipeline;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Streams application.
 *
 * @param applicationServer this instance's {@code host:port} as the other instances reach its API;
 *     set it when several instances run, so that queries for keys another instance owns are routed
 *     there. Unset for a single instance.
 * @param tickInterval how often the wall-clock punctuator offers every media item to the decider
 *     ({@code Decider.tick}); the decider decides per item whether anything is due. Searches and
 *     deadlines are due at a time and must happen within 30 s of it, so the interval is at most 30 s
 *     (a tick comes at most one interval after anything fell due)
 * @param relistEvery how often, at most, Sonarr is asked again for the episode list of a series
 *     with a request it is handling, so that newly aired episodes join the request's scope
 * @param holdFor how long a fact that arrived without its series' key waits for it before it is
 *     dead-lettered
 * @param maxHeld how many such facts may wait for one lookup; more are dead-lettered at once
 */
@Validated
@ConfigurationProperties("callsheet.pipeline")
public record PipelineProperties(
        String applicationServer,

        @DefaultValue("15s") @NotNull @DurationMin(seconds = 1) @DurationMax(seconds = 30)
        Duration tickInterval,

        @DefaultValue("6h") @NotNull @DurationMin(minutes = 1)
        Duration relistEvery,

        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1)
        Duration holdFor,

        @DefaultValue("100") @Min(1) int maxHeld) {

    /** The defaults, for a pipeline built outside Spring. */
    public static PipelineProperties defaults() {
        return new PipelineProperties(null, Duration.ofSeconds(15), Duration.ofHours(6), Duration.ofMinutes(15), 100);
    }
}
