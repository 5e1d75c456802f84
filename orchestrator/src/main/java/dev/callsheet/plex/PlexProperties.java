package dev.callsheet.plex;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Plex confirmation waits, for every Plex instance.
 *
 * @param sectionScanTimeout a section is scanned for one folder at a time, since Plex has lost items
 *     under concurrent partial scans of one section; a scan Plex has not said ended (on its push
 *     channel), and whose files are not all found, is taken as ended after this
 * @param rescanAfter a file not found this long after the scan is scanned for once more
 * @param grace an indexed item not matched to the right ids within this after it was found is
 *     reported unmatched or mismatched
 * @param deadline a file not found within this after the command came is reported not in the library
 * @param sectionsMaxAge the sections are read again at most this often, and on a path no section holds
 * @param maxJobs files being confirmed at once per Plex instance; further commands wait for a free
 *     place
 * @param push listen to each server's push channel, which says when to look (a new item, a scan
 *     ended, the channel reopened); the looks on the ladder go on either way
 */
@Validated
@ConfigurationProperties("callsheet.plex")
public record PlexProperties(
        @DefaultValue("5s") @NotNull Duration sectionScanTimeout,

        @DefaultValue("120s") @NotNull @DurationMin(seconds = 1)
        Duration rescanAfter,

        @DefaultValue("15m") @NotNull Duration grace,

        @DefaultValue("90m") @NotNull @DurationMin(seconds = 1)
        Duration deadline,

        @DefaultValue("5m") @NotNull @DurationMin(seconds = 1)
        Duration sectionsMaxAge,

        @DefaultValue("500") @Min(1) @Max(100_000) int maxJobs,

        @DefaultValue("true") boolean push) {

    /** The defaults, as documented. */
    static PlexProperties defaults() {
        return new PlexProperties(
                Duration.ofSeconds(5),
                Duration.ofSeconds(120),
                Duration.ofMinutes(15),
                Duration.ofMinutes(90),
                Duration.ofMinutes(5),
                500,
                true);
    }
}
