package dev.callsheet.download.report;

import static dev.callsheet.download.report.Jobs.downloading;
import static dev.callsheet.download.report.Jobs.failed;
import static dev.callsheet.download.report.Jobs.job;
import static dev.callsheet.download.report.RuleRow.row;
import static java.time.Duration.ZERO;

import dev.callsheet.download.report.WatchedJob.Phase;
import dev.callsheet.events.download.JobState;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A job the watcher does not remember: new in the client, or any job after a restart. */
class NewJobRulesTest {

    static Stream<RuleRow> rows() {
        return Stream.of(
                row("downloading: added", null, downloading(0.1), ZERO, Phase.WATCHING, "added"),
                row("queued: added", null, job(JobState.QUEUED, 0, "queuedDL"), ZERO, Phase.WATCHING, "added"),
                row("paused: added", null, job(JobState.PAUSED, 0, "pausedDL"), ZERO, Phase.WATCHING, "added"),
                row(
                        "post-processing: added",
                        null,
                        job(JobState.PROCESSING, 1, "Verifying"),
                        ZERO,
                        Phase.WATCHING,
                        "added"),
                row(
                        "in a word the adapter does not know: added, nothing decided",
                        null,
                        job(JobState.UNKNOWN, 0.3, "seedingForever"),
                        ZERO,
                        Phase.WATCHING,
                        "added"),
                row(
                        "the client calls it stalled: added, then stalled at once",
                        null,
                        job(JobState.STALLED, 0, "stalledDL"),
                        ZERO,
                        Phase.STALLED,
                        "added",
                        "stalled: qBittorrent reports stalledDL"),
                row(
                        "already completed (a restart, or done between two polls): only completed",
                        null,
                        job(JobState.COMPLETED, 1, "stalledUP"),
                        ZERO,
                        Phase.COMPLETED,
                        "completed"),
                row(
                        "already failed: only failed, with the client's reason",
                        null,
                        failed("missingFiles", "qBittorrent cannot find the torrent's files"),
                        ZERO,
                        Phase.FAILED,
                        "failed: qBittorrent cannot find the torrent's files"),
                row(
                        "already failed without a reason: the client's own word is the reason",
                        null,
                        failed("FAILURE/HEALTH", null),
                        ZERO,
                        Phase.FAILED,
                        "failed: FAILURE/HEALTH"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reports(RuleRow row) {
        row.check();
    }
}
