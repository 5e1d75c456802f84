package dev.callsheet.download.report;

import static dev.callsheet.download.report.Jobs.downloading;
import static dev.callsheet.download.report.Jobs.failed;
import static dev.callsheet.download.report.Jobs.job;
import static dev.callsheet.download.report.Jobs.remembered;
import static dev.callsheet.download.report.RuleRow.row;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.download.report.WatchedJob.Phase;
import dev.callsheet.events.download.JobState;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A job reported stalled at 10 %: said once, and recovered only by progress. */
class StalledRulesTest {

    static final ClientJob STUCK = job(JobState.STALLED, 0.10, "stalledDL");
    static final WatchedJob STALLED = remembered(Phase.STALLED, STUCK);

    static Stream<RuleRow> rows() {
        return Stream.of(
                row("still stalled an hour later: said once only", STALLED, STUCK, ofHours(1), Phase.STALLED),
                row(
                        "downloading again, no progress: not recovered",
                        STALLED,
                        downloading(0.10),
                        ofMinutes(5),
                        Phase.STALLED),
                row(
                        "progress, interval over: progress (recovered)",
                        STALLED,
                        downloading(0.11),
                        ofSeconds(30),
                        Phase.WATCHING,
                        "progress"),
                row(
                        "a little progress within the interval: waits for it",
                        STALLED,
                        downloading(0.11),
                        ofSeconds(10),
                        Phase.STALLED),
                row(
                        "5 points within the interval: recovered at once",
                        STALLED,
                        downloading(0.15),
                        ofSeconds(10),
                        Phase.WATCHING,
                        "progress"),
                row(
                        "an unknown word with progress: no news, still stalled",
                        STALLED,
                        job(JobState.UNKNOWN, 0.20, "seedingForever"),
                        ofMinutes(1),
                        Phase.STALLED),
                row(
                        "completed",
                        STALLED,
                        job(JobState.COMPLETED, 1, "uploading"),
                        ofMinutes(1),
                        Phase.COMPLETED,
                        "completed"),
                row(
                        "failed",
                        STALLED,
                        failed("error", "qBittorrent stopped the torrent on an error"),
                        ofMinutes(1),
                        Phase.FAILED,
                        "failed: qBittorrent stopped the torrent on an error"),
                row("gone", STALLED, null, ofMinutes(1), null, "removed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reports(RuleRow row) {
        row.check();
    }
}
