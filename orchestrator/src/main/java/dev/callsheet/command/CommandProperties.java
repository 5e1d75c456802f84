package dev.callsheet.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How commands are carried out.
 *
 * @param retry how failed attempts are retried
 */
@Validated
@ConfigurationProperties("callsheet.commands")
public record CommandProperties(@DefaultValue @Valid Retry retry) {

    /**
     * Retries with exponential back-off, each wait in its own retry topic.
     *
     * @param maxAttempts attempts in all, the first included
     * @param initialDelay the wait after the first failed attempt
     * @param multiplier each later wait is the one before times this
     * @param maxDelay no wait is longer
     */
    public record Retry(
            @DefaultValue("4") @Min(1) @Max(10) int maxAttempts,

            @DefaultValue("30s") @NotNull @DurationMin(millis = 100)
            Duration initialDelay,

            @DefaultValue("2") @DecimalMin("1.0") double multiplier,

            @DefaultValue("10m") @NotNull @DurationMin(millis = 100)
            Duration maxDelay) {

        /** The wait before the attempt after attempt {@code attempt} (1 for the first). */
        Duration delayAfter(int attempt) {
            double millis = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
            return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
        }
    }
}
