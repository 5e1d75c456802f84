package dev.callsheet.pipeline;

import dev.callsheet.request.Deadlines;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * How long a request may stand at each stage before it needs a person's look; checked at every tick
 * ({@code callsheet.pipeline.tick-interval}), so a deadline is noticed within one tick of passing.
 *
 * @param decision waiting for a decision
 * @param grab approved, nothing grabbed
 * @param importing grabbed, not imported ({@code callsheet.deadlines.import})
 * @param importAfterDownload completed in the download client, not imported
 * @param available imported, not available in Plex
 */
@Validated
@ConfigurationProperties("callsheet.deadlines")
public record DeadlineProperties(
        @DefaultValue("48h") @NotNull @DurationMin(seconds = 1)
        Duration decision,

        @DefaultValue("24h") @NotNull @DurationMin(seconds = 1)
        Duration grab,

        @Name("import") @DefaultValue("12h") @NotNull @DurationMin(seconds = 1)
        Duration importing,

        @DefaultValue("30m") @NotNull @DurationMin(seconds = 1)
        Duration importAfterDownload,

        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1)
        Duration available) {

    /** As the decider takes them. */
    public Deadlines deadlines() {
        return new Deadlines(decision, grab, importing, importAfterDownload, available);
    }
}
