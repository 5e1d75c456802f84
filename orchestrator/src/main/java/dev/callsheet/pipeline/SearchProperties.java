package dev.callsheet.pipeline;

import dev.callsheet.request.SearchPolicy;
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
 * Callsheet's own searches of Radarr and Sonarr for what a request still misses.
 *
 * @param grace how long the arr's own search may take after the item went missing before Callsheet
 *     searches: the first wait of the back-off
 * @param backoff the waits after the first search, the second, and so on; the last repeats
 * @param maxPerDay at most this many searches per media item in any 24 hours
 * @param checkAfter how long after the arr took a search up Callsheet reads its outcome back, and
 *     again while it runs
 */
@Validated
@ConfigurationProperties("callsheet.search")
public record SearchProperties(
        @DefaultValue("2m") @NotNull @DurationMin(seconds = 1)
        Duration grace,

        @DefaultValue({"15m", "1h", "6h", "24h"}) @NotEmpty List<@NotNull @DurationMin(seconds = 1) Duration> backoff,

        @DefaultValue("4") @Min(1) int maxPerDay,

        @DefaultValue("1m") @NotNull @DurationMin(seconds = 1)
        Duration checkAfter) {

    SearchPolicy policy() {
        return new SearchPolicy(grace, backoff, maxPerDay, checkAfter);
    }
}
