package dev.callsheet.pipeline;

import dev.callsheet.request.Relisting;
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
 * @param relistAfterGivingUp how long after an ask for the episode list was given up (an unreadable
 *     answer, a refused key) to ask again, sooner than {@code relistEvery}
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

        @DefaultValue("1h") @NotNull @DurationMin(seconds = 1)
        Duration relistAfterGivingUp,

        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1)
        Duration holdFor,

        @DefaultValue("100") @Min(1) int maxHeld) {

    /** When the decider asks Sonarr again for an episode list. */
    public Relisting relisting() {
        return new Relisting(relistEvery, relistAfterGivingUp);
    }

    /** The defaults, for a pipeline built outside Spring. */
    public static PipelineProperties defaults() {
        return new PipelineProperties(
                null, Duration.ofSeconds(15), Duration.ofHours(6), Duration.ofHours(1), Duration.ofMinutes(15), 100);
    }
}
