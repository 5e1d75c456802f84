package dev.callsheet.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notices are sent and retried.
 *
 * @param maxAttempts attempts in all, the first included; the notice is given up (and its command
 *     dead-lettered) after the last
 * @param backoff the waits after the first, second, … failed attempt when the channel named none; the
 *     last repeats
 * @param maxWait the longest wait a channel may ask for (Discord's {@code retry_after}, a {@code
 *     Retry-After}); a notice asked to wait longer is given up with that reason
 * @param timeout how long one send may wait for the channel's answer; without one by then, the attempt's
 *     outcome is unknown
 * @param keep how long the log keeps an ended notice (delivered or given up); then it is forgotten, so the
 *     log stays bounded. Unended notices are kept however old
 */
@Validated
@ConfigurationProperties("callsheet.notifications.delivery")
public record DeliveryProperties(
        @DefaultValue("6") @Min(1) @Max(100) int maxAttempts,

        @DefaultValue({"10s", "1m", "5m", "30m", "2h"}) @NotEmpty
        List<@NotNull @DurationMin(millis = 1) Duration> backoff,

        @DefaultValue("24h") @NotNull @DurationMin(seconds = 1)
        Duration maxWait,

        @DefaultValue("10s") @NotNull @DurationMin(millis = 100)
        Duration timeout,

        @DefaultValue("30d") @NotNull @DurationMin(hours = 1)
        Duration keep) {

    public DeliveryProperties {
        backoff = List.copyOf(backoff);
    }

    /** The wait after failed attempt {@code attempt} (1 for the first). */
    Duration backoffAfter(int attempt) {
        return backoff.get(Math.clamp(attempt - 1, 0, backoff.size() - 1));
    }
}
