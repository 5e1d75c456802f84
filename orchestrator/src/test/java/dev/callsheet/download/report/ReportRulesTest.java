package dev.callsheet.download.report;

import static dev.callsheet.download.report.Jobs.DOWNLOAD_ID;
import static dev.callsheet.download.report.Jobs.RULES;
import static dev.callsheet.download.report.Jobs.T0;
import static dev.callsheet.download.report.Jobs.downloading;
import static dev.callsheet.download.report.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.download.report.WatchedJob.Phase;
import dev.callsheet.events.DownloadId;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ReportRules}, one table per starting point: the job as remembered, the job as
 * listed now and when, the reports (change and reason) and the phase remembered afterwards.
 */
class ReportRulesTest {

    /** One row: {@code expected} lists change and reason per report; {@code phase} null means forgotten. */
    record Row(String name, WatchedJob before, ClientJob now, Duration at, List<Expected> expected, Phase phase) {

        @Override
        public String toString() {
            return name;
        }
    }

    record Expected(ClientChange change, String reason) {}

    private static Expected report(ClientChange change) {
        return new Expected(change, null);
    }

    private static Expected report(ClientChange change, String reason) {
        return new Expected(change, reason);
    }

    private static List<Expected> none() {
        return List.of();
    }

    private static void check(Row row) {
        JobDecision decision = RULES.decide(DOWNLOAD_ID, row.before(), row.now(), T0.plus(row.at()));

        assertThat(decision.reports())
                .extracting(ClientReport::change, ClientReport::reason)
                .containsExactlyElementsOf(row.expected().stream()
                        .map(e -> tuple(e.change(), e.reason()))
                        .toList());
        assertThat(decision.after() == null ? null : decision.after().phase()).isEqualTo(row.phase());
    }

    /** Remembered as reported at {@link Jobs#T0} and seen unchanged since, progress last moving then too. */
    private static WatchedJob remembered(Phase phase, ClientJob job) {
        return new WatchedJob(phase, job, T0, job, T0);
    }

    @Nested
    class NewJob {

        static Stream<Row> rows() {
            return Stream.of(
                    new Row(
                            "downloading: added",
                            null,
                            downloading(0.1),
                            Duration.ZERO,
                            List.of(report(ClientChange.ADDED)),
                            Phase.WATCHING),
                    new Row(
                            "queued: added",
                            null,
                            job(JobState.QUEUED, 0, "queuedDL"),
                            Duration.ZERO,
                            List.of(report(ClientChange.ADDED)),
                            Phase.WATCHING),
                    new Row(
                            "paused: added",
                            null,
                            job(JobState.PAUSED, 0, "pausedDL"),
                            Duration.ZERO,
                            List.of(report(ClientChange.ADDED)),
                            Phase.WATCHING),
                    new Row(
                            "post-processing: added",
                            null,
                            job(JobState.PROCESSING, 1, "Verifying"),
                            Duration.ZERO,
                            List.of(report(ClientChange.ADDED)),
                            Phase.WATCHING),
                    new Row(
                            "the client calls it stalled: added, then stalled at once",
                            null,
                            job(JobState.STALLED, 0, "stalledDL"),
                            Duration.ZERO,
                            List.of(
                                    report(ClientChange.ADDED),
                                    report(ClientChange.STALLED, "qBittorrent reports stalledDL")),
                            Phase.STALLED),
                    new Row(
                            "already completed (a restart, or done between two polls): only completed",
                            null,
                            job(JobState.COMPLETED, 1, "stalledUP"),
                            Duration.ZERO,
                            List.of(report(ClientChange.COMPLETED)),
                            Phase.COMPLETED),
                    new Row(
                            "already failed: only failed, with the client's reason",
                            null,
                            Jobs.failed("missingFiles", "qBittorrent cannot find the torrent's files"),
                            Duration.ZERO,
                            List.of(report(ClientChange.FAILED, "qBittorrent cannot find the torrent's files")),
                            Phase.FAILED),
                    new Row(
                            "already failed without a reason: the client's state word is the reason",
                            null,
                            Jobs.failed("FAILURE/HEALTH", null),
                            Duration.ZERO,
                            List.of(report(ClientChange.FAILED, "FAILURE/HEALTH")),
                            Phase.FAILED));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void reports(Row row) {
            check(row);
        }
    }

    @Nested
    class Watching {

        static final ClientJob AT_TEN = downloading(0.10);

        static Stream<Row> rows() {
            WatchedJob before = remembered(Phase.WATCHING, AT_TEN);
            return Stream.of(
                    new Row(
                            "nothing changed within the interval",
                            before,
                            AT_TEN,
                            Duration.ofSeconds(10),
                            none(),
                            Phase.WATCHING),
                    new Row(
                            "nothing changed after the interval",
                            before,
                            AT_TEN,
                            Duration.ofMinutes(5),
                            none(),
                            Phase.WATCHING),
                    new Row(
                            "speed changed within the interval",
                            before,
                            Jobs.withSpeed(AT_TEN, 9_000),
                            Duration.ofSeconds(29),
                            none(),
                            Phase.WATCHING),
                    new Row(
                            "speed changed, interval over: progress",
                            before,
                            Jobs.withSpeed(AT_TEN, 9_000),
                            Duration.ofSeconds(30),
                            List.of(report(ClientChange.PROGRESS)),
                            Phase.WATCHING),
                    new Row(
                            "4.9 points within the interval",
                            before,
                            downloading(0.149),
                            Duration.ofSeconds(10),
                            none(),
                            Phase.WATCHING),
                    new Row(
                            "5 points within the interval: progress at once",
                            before,
                            downloading(0.15),
                            Duration.ofSeconds(10),
                            List.of(report(ClientChange.PROGRESS)),
                            Phase.WATCHING),
                    new Row(
                            "paused, interval over: progress saying so",
                            before,
                            job(JobState.PAUSED, 0.10, "pausedDL"),
                            Duration.ofSeconds(30),
                            List.of(report(ClientChange.PROGRESS)),
                            Phase.WATCHING),
                    new Row(
                            "completed: completed at once",
                            before,
                            job(JobState.COMPLETED, 1, "uploading"),
                            Duration.ofSeconds(1),
                            List.of(report(ClientChange.COMPLETED)),
                            Phase.COMPLETED),
                    new Row(
                            "failed: failed at once with the client's reason",
                            before,
                            Jobs.failed("error", "qBittorrent stopped the torrent on an error"),
                            Duration.ofSeconds(1),
                            List.of(report(ClientChange.FAILED, "qBittorrent stopped the torrent on an error")),
                            Phase.FAILED),
                    new Row(
                            "the client calls it stalled: stalled at once",
                            before,
                            job(JobState.STALLED, 0.10, "stalledDL"),
                            Duration.ofSeconds(1),
                            List.of(report(ClientChange.STALLED, "qBittorrent reports stalledDL")),
                            Phase.STALLED),
                    new Row(
                            "downloading without progress for stall-after: stalled",
                            before,
                            AT_TEN,
                            Duration.ofMinutes(15),
                            List.of(report(ClientChange.STALLED, "no data for 15 min")),
                            Phase.STALLED),
                    new Row(
                            "downloading without progress for less",
                            before,
                            AT_TEN,
                            Duration.ofMinutes(15).minusSeconds(1),
                            none(),
                            Phase.WATCHING),
                    new Row(
                            "progress moved recently: no stall",
                            new WatchedJob(
                                    Phase.WATCHING, AT_TEN, T0, downloading(0.12), T0.plus(Duration.ofMinutes(10))),
                            downloading(0.12),
                            Duration.ofMinutes(20),
                            List.of(report(ClientChange.PROGRESS)),
                            Phase.WATCHING),
                    new Row(
                            "removed: removed, and forgotten",
                            before,
                            null,
                            Duration.ofSeconds(1),
                            List.of(report(ClientChange.REMOVED)),
                            null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void reports(Row row) {
            check(row);
        }

        static Stream<Row> notTransferring() {
            return Stream.of(
                            job(JobState.PAUSED, 0.10, "pausedDL"),
                            job(JobState.QUEUED, 0.10, "queuedDL"),
                            job(JobState.PROCESSING, 1, "Extracting"))
                    .map(job -> new Row(
                            job.stateDetail() + " for an hour is no stall",
                            remembered(Phase.WATCHING, job),
                            job,
                            Duration.ofHours(1),
                            none(),
                            Phase.WATCHING));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("notTransferring")
        void doesNotStall(Row row) {
            check(row);
        }
    }

    @Nested
    class Stalled {

        static final ClientJob STUCK = job(JobState.STALLED, 0.10, "stalledDL");

        static Stream<Row> rows() {
            WatchedJob before = remembered(Phase.STALLED, STUCK);
            return Stream.of(
                    new Row(
                            "still stalled an hour later: said once only",
                            before,
                            STUCK,
                            Duration.ofHours(1),
                            none(),
                            Phase.STALLED),
                    new Row(
                            "downloading again without progress: not recovered",
                            before,
                            downloading(0.10),
                            Duration.ofMinutes(5),
                            none(),
                            Phase.STALLED),
                    new Row(
                            "progress after the interval: progress (recovered)",
                            before,
                            downloading(0.11),
                            Duration.ofSeconds(30),
                            List.of(report(ClientChange.PROGRESS)),
                            Phase.WATCHING),
                    new Row(
                            "a little progress within the interval: waits for it",
                            before,
                            downloading(0.11),
                            Duration.ofSeconds(10),
                            none(),
                            Phase.STALLED),
                    new Row(
                            "5 points within the interval: recovered at once",
                            before,
                            downloading(0.15),
                            Duration.ofSeconds(10),
                            List.of(report(ClientChange.PROGRESS)),
                            Phase.WATCHING),
                    new Row(
                            "completed",
                            before,
                            job(JobState.COMPLETED, 1, "uploading"),
                            Duration.ofMinutes(1),
                            List.of(report(ClientChange.COMPLETED)),
                            Phase.COMPLETED),
                    new Row(
                            "failed",
                            before,
                            Jobs.failed("error", "qBittorrent stopped the torrent on an error"),
                            Duration.ofMinutes(1),
                            List.of(report(ClientChange.FAILED, "qBittorrent stopped the torrent on an error")),
                            Phase.FAILED),
                    new Row(
                            "removed",
                            before,
                            null,
                            Duration.ofMinutes(1),
                            List.of(report(ClientChange.REMOVED)),
                            null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void reports(Row row) {
            check(row);
        }
    }

    @Nested
    class Completed {

        static final ClientJob SEEDING = job(JobState.COMPLETED, 1, "uploading");

        static Stream<Row> rows() {
            WatchedJob before = remembered(Phase.COMPLETED, SEEDING);
            return Stream.of(
                    new Row(
                            "still seeding, other speeds: said once only",
                            before,
                            Jobs.withSpeed(SEEDING, 5_000),
                            Duration.ofHours(1),
                            none(),
                            Phase.COMPLETED),
                    new Row(
                            "re-checked",
                            before,
                            job(JobState.PROCESSING, 0.4, "checkingUP"),
                            Duration.ofMinutes(1),
                            none(),
                            Phase.COMPLETED),
                    new Row(
                            "files gone after the import moved them: no failure",
                            before,
                            Jobs.failed("missingFiles", "qBittorrent cannot find the torrent's files"),
                            Duration.ofMinutes(1),
                            none(),
                            Phase.COMPLETED),
                    new Row(
                            "removed",
                            before,
                            null,
                            Duration.ofMinutes(1),
                            List.of(report(ClientChange.REMOVED)),
                            null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void reports(Row row) {
            check(row);
        }
    }

    @Nested
    class Failed {

        static final ClientJob GIVEN_UP = Jobs.failed("FAILURE/HEALTH", "FAILURE/HEALTH");

        static Stream<Row> rows() {
            WatchedJob before = remembered(Phase.FAILED, GIVEN_UP);
            return Stream.of(
                    new Row(
                            "still failed: said once only",
                            before,
                            GIVEN_UP,
                            Duration.ofHours(1),
                            none(),
                            Phase.FAILED),
                    new Row(
                            "retried, downloading again",
                            before,
                            downloading(0.3),
                            Duration.ofMinutes(1),
                            none(),
                            Phase.FAILED),
                    new Row(
                            "a retry completed it",
                            before,
                            job(JobState.COMPLETED, 1, "SUCCESS/ALL"),
                            Duration.ofMinutes(1),
                            List.of(report(ClientChange.COMPLETED)),
                            Phase.COMPLETED),
                    new Row(
                            "removed",
                            before,
                            null,
                            Duration.ofMinutes(1),
                            List.of(report(ClientChange.REMOVED)),
                            null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void reports(Row row) {
            check(row);
        }
    }

    @Nested
    class Reports {

        @Test
        void carryWhatTheClientSaysOfTheJob() {
            ClientJob job = new ClientJob(
                    DOWNLOAD_ID, "Dune.mkv", JobState.DOWNLOADING, 0.25, 4_000L, 90L, 1_500, "downloading", null);

            ClientReport added =
                    RULES.decide(DOWNLOAD_ID, null, job, T0).reports().getFirst();

            assertThat(added)
                    .isEqualTo(new ClientReport(
                            new DownloadId(DOWNLOAD_ID),
                            ClientChange.ADDED,
                            JobState.DOWNLOADING,
                            "Dune.mkv",
                            null,
                            0.25,
                            4_000L,
                            90L,
                            1_500L,
                            "downloading",
                            null,
                            ReportedBy.WATCHER));
        }

        @Test
        void sayStalledWhateverWordTheClientStillUses() {
            ClientReport stalled = RULES.decide(
                            DOWNLOAD_ID,
                            remembered(Phase.WATCHING, downloading(0.1)),
                            downloading(0.1),
                            T0.plus(Duration.ofHours(1)))
                    .reports()
                    .getFirst();

            assertThat(stalled.state()).isEqualTo(JobState.STALLED);
            assertThat(stalled.clientState()).isEqualTo("downloading");
        }

        @Test
        void sayOnlyTheNameOfARemovedJob() {
            ClientReport removed = RULES.decide(DOWNLOAD_ID, remembered(Phase.COMPLETED, downloading(1)), null, T0)
                    .reports()
                    .getFirst();

            assertThat(removed)
                    .isEqualTo(new ClientReport(
                            new DownloadId(DOWNLOAD_ID),
                            ClientChange.REMOVED,
                            null,
                            "Dune.mkv",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            ReportedBy.WATCHER));
        }

        @Test
        void keepProgressWithinZeroAndOne() {
            ClientReport added = RULES.decide(DOWNLOAD_ID, null, downloading(Math.nextUp(1.0)), T0)
                    .reports()
                    .getFirst();

            assertThat(added.progress()).isEqualTo(1.0);
        }
    }

    @Nested
    class APoll {

        @Test
        void decidesForEveryJobRememberedOrListed() {
            ClientJob known = job("KNOWN", JobState.DOWNLOADING, 0.5);
            ClientJob fresh = job("FRESH", JobState.QUEUED, 0);
            Map<String, WatchedJob> memory = Map.of(
                    "GONE", remembered(Phase.WATCHING, job("GONE", JobState.DOWNLOADING, 0.2)),
                    "KNOWN", remembered(Phase.WATCHING, known));

            List<JobDecision> decisions = RULES.decide(memory, JobListing.of(List.of(known, fresh)), T0.plusSeconds(1));

            assertThat(decisions)
                    .extracting(
                            JobDecision::jobId,
                            d -> d.reports().stream().map(ClientReport::change).toList())
                    .containsExactly(
                            tuple("FRESH", List.of(ClientChange.ADDED)),
                            tuple("GONE", List.of(ClientChange.REMOVED)),
                            tuple("KNOWN", List.of()));
        }

        private static ClientJob job(String id, JobState state, double progress) {
            return new ClientJob(id, id, state, progress, 100L, null, 0, state.id(), null);
        }
    }

    @Nested
    class OverSeveralPolls {

        @Test
        void startsTheStallClockWhenAPausedJobTransfersAgain() {
            var polls = new Polls(RULES);
            polls.at(Duration.ZERO, job(JobState.PAUSED, 0.1, "pausedDL"));
            polls.at(Duration.ofHours(2), downloading(0.1));

            assertThat(polls.at(Duration.ofHours(2).plusMinutes(14), downloading(0.1)))
                    .extracting(ClientReport::change)
                    .doesNotContain(ClientChange.STALLED);
            assertThat(polls.at(Duration.ofHours(2).plusMinutes(15), downloading(0.1)))
                    .extracting(ClientReport::change, ClientReport::reason)
                    .containsExactly(tuple(ClientChange.STALLED, "no data for 15 min"));
        }

        @Test
        void reportsAStallAgainOnlyAfterARecovery() {
            var polls = new Polls(RULES);
            polls.at(Duration.ZERO, downloading(0.1));
            assertThat(polls.at(Duration.ofMinutes(15), downloading(0.1))).hasSize(1);
            assertThat(polls.at(Duration.ofMinutes(40), downloading(0.1))).isEmpty();

            assertThat(polls.at(Duration.ofMinutes(41), downloading(0.2)))
                    .extracting(ClientReport::change)
                    .containsExactly(ClientChange.PROGRESS);
            assertThat(polls.at(Duration.ofMinutes(55), downloading(0.2))).isEmpty();
            assertThat(polls.at(Duration.ofMinutes(56), downloading(0.2)))
                    .extracting(ClientReport::change)
                    .containsExactly(ClientChange.STALLED);
        }

        @Test
        void rememberedNothingAfterARestartAndReportsEachFinishedJobOnce() {
            var polls = new Polls(RULES);
            ClientJob done = job(JobState.COMPLETED, 1, "stalledUP");

            assertThat(polls.at(Duration.ZERO, done))
                    .extracting(ClientReport::change)
                    .containsExactly(ClientChange.COMPLETED);
            assertThat(polls.at(Duration.ofMinutes(1), done)).isEmpty();
        }
    }

    /** A watcher's memory over several polls of one job, every report written. */
    private static final class Polls {

        private final ReportRules rules;
        private WatchedJob memory;

        Polls(ReportRules rules) {
            this.rules = rules;
        }

        List<ClientReport> at(Duration at, ClientJob job) {
            JobDecision decision = rules.decide(DOWNLOAD_ID, memory, job, T0.plus(at));
            memory = decision.after();
            return decision.reports();
        }
    }
}
