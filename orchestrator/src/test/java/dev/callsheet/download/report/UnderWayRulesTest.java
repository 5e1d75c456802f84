package dev.callsheet.download.report;

import static dev.callsheet.download.report.Jobs.T0;
import static dev.callsheet.download.report.Jobs.downloading;
import static dev.callsheet.download.report.Jobs.failed;
import static dev.callsheet.download.report.Jobs.job;
import static dev.callsheet.download.report.Jobs.remembered;
import static dev.callsheet.download.report.Jobs.withSpeed;
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

/** A job reported added, or with progress, at 10 %: progress, a stall, its end. */
class UnderWayRulesTest {

    static final ClientJob AT_TEN = downloading(0.10);
    static final WatchedJob WATCHED = remembered(Phase.WATCHING, AT_TEN);

    static Stream<RuleRow> rows() {
        return Stream.of(
                row("nothing changed within the interval", WATCHED, AT_TEN, ofSeconds(10), Phase.WATCHING),
                row("nothing changed after the interval", WATCHED, AT_TEN, ofMinutes(5), Phase.WATCHING),
                row(
                        "speed changed within the interval",
                        WATCHED,
                        withSpeed(AT_TEN, 9_000),
                        ofSeconds(29),
                        Phase.WATCHING),
                row(
                        "speed changed, interval over: progress",
                        WATCHED,
                        withSpeed(AT_TEN, 9_000),
                        ofSeconds(30),
                        Phase.WATCHING,
                        "progress"),
                row("4.9 points within the interval", WATCHED, downloading(0.149), ofSeconds(10), Phase.WATCHING),
                row(
                        "5 points within the interval: progress at once",
                        WATCHED,
                        downloading(0.15),
                        ofSeconds(10),
                        Phase.WATCHING,
                        "progress"),
                row(
                        "paused, interval over: progress saying so",
                        WATCHED,
                        job(JobState.PAUSED, 0.10, "pausedDL"),
                        ofSeconds(30),
                        Phase.WATCHING,
                        "progress"),
                row(
                        "completed: completed at once",
                        WATCHED,
                        job(JobState.COMPLETED, 1, "uploading"),
                        ofSeconds(1),
                        Phase.COMPLETED,
                        "completed"),
                row(
                        "failed: failed at once with the client's reason",
                        WATCHED,
                        failed("error", "qBittorrent stopped the torrent on an error"),
                        ofSeconds(1),
                        Phase.FAILED,
                        "failed: qBittorrent stopped the torrent on an error"),
                row(
                        "the client calls it stalled: stalled at once",
                        WATCHED,
                        job(JobState.STALLED, 0.10, "stalledDL"),
                        ofSeconds(1),
                        Phase.STALLED,
                        "stalled: qBittorrent reports stalledDL"),
                row(
                        "downloading without progress for stall-after: stalled",
                        WATCHED,
                        AT_TEN,
                        ofMinutes(15),
                        Phase.STALLED,
                        "stalled: no data for 15 min"),
                row(
                        "downloading without progress for a second less",
                        WATCHED,
                        AT_TEN,
                        ofMinutes(15).minusSeconds(1),
                        Phase.WATCHING),
                row(
                        "progress moved ten minutes ago: progress, no stall",
                        new WatchedJob(Phase.WATCHING, AT_TEN, T0, downloading(0.12), T0.plus(ofMinutes(10))),
                        downloading(0.12),
                        ofMinutes(20),
                        Phase.WATCHING,
                        "progress"),
                row(
                        "an unknown word, interval over: progress saying so, nothing decided",
                        WATCHED,
                        job(JobState.UNKNOWN, 0.10, "seedingForever"),
                        ofSeconds(30),
                        Phase.WATCHING,
                        "progress"),
                row(
                        "an unknown word after 15 min without progress: no stall",
                        WATCHED,
                        job(JobState.UNKNOWN, 0.10, "seedingForever"),
                        ofMinutes(15),
                        Phase.WATCHING,
                        "progress"),
                row(
                        "downloading again after an unknown word, no progress since: the stall clock starts again",
                        new WatchedJob(Phase.WATCHING, AT_TEN, T0, job(JobState.UNKNOWN, 0.10, "seedingForever"), T0),
                        AT_TEN,
                        ofMinutes(20),
                        Phase.WATCHING),
                row("gone: removed, and forgotten", WATCHED, null, ofSeconds(1), null, "removed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reports(RuleRow row) {
        row.check();
    }

    static Stream<RuleRow> notTransferring() {
        return Stream.of(
                        job(JobState.PAUSED, 0.10, "pausedDL"),
                        job(JobState.QUEUED, 0.10, "queuedDL"),
                        job(JobState.PROCESSING, 1, "Extracting"),
                        job(JobState.UNKNOWN, 0.10, "seedingForever"))
                .map(job -> row(
                        job.stateDetail() + " for an hour: no stall",
                        remembered(Phase.WATCHING, job),
                        job,
                        ofHours(1),
                        Phase.WATCHING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTransferring")
    void doesNotStall(RuleRow row) {
        row.check();
    }
}
