package dev.callsheet.download;

import dev.callsheet.download.report.ReportRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the download clients are watched.
 *
 * @param watch false turns every watcher off; when several Callsheet instances run, only one should
 *     watch, or each report is written once per instance
 * @param pollBusy the wait between polls while any job is queued, transferring or post-processing;
 *     also the first wait after a failure
 * @param pollIdle the wait between polls while nothing is on its way
 * @param progressInterval a job's progress is reported at most this often
 * @param progressStep percentage points of progress that are reported at once, interval or not
 * @param stallAfter a transferring job whose progress stands still this long is reported stalled
 * @param backoffMax the longest wait after repeated failures (the wait doubles from {@code pollBusy})
 */
@Validated
@ConfigurationProperties("callsheet.downloads")
public record DownloadsProperties(
        @DefaultValue("true") boolean watch,

        @DefaultValue("5s") @NotNull @DurationMin(millis = 100)
        Duration pollBusy,

        @DefaultValue("60s") @NotNull @DurationMin(millis = 100)
        Duration pollIdle,

        @DefaultValue("30s") @NotNull @DurationMin(millis = 0)
        Duration progressInterval,

        @DefaultValue("5") @Min(1) @Max(100) int progressStep,

        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1)
        Duration stallAfter,

        @DefaultValue("5m") @NotNull @DurationMin(millis = 100)
        Duration backoffMax) {

    /** The reporting rules for one client, {@code service} naming it in reasons. */
    ReportRules rules(String service) {
        return new ReportRules(service, progressInterval, progressStep, stallAfter);
    }

    /** The wait after {@code failures} failed polls in a row: doubling from {@code pollBusy}, at most {@code backoffMax}. */
    Duration backoff(int failures) {
        Duration wait = pollBusy;
        for (int i = 1; i < failures && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) < 0 ? wait : backoffMax;
    }
}
