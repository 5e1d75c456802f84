package dev.callsheet.download.report;

import static dev.callsheet.download.report.Jobs.DOWNLOAD_ID;
import static dev.callsheet.download.report.Jobs.RULES;
import static dev.callsheet.download.report.Jobs.T0;
import static dev.callsheet.download.report.Jobs.downloading;
import static dev.callsheet.download.report.Jobs.job;
import static dev.callsheet.download.report.Jobs.remembered;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the reports say, a whole poll's decisions, and rules over several polls; the rules one poll at
 * a time are tabled by starting point ({@link NewJobRulesTest}, {@link UnderWayRulesTest}, {@link
 * StalledRulesTest}, {@link FinishedRulesTest}).
 */
class ReportRulesTest {

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
