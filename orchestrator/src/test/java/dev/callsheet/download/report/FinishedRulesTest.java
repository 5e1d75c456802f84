package dev.callsheet.download.report;

import static dev.callsheet.download.report.Jobs.downloading;
import static dev.callsheet.download.report.Jobs.failed;
import static dev.callsheet.download.report.Jobs.job;
import static dev.callsheet.download.report.Jobs.remembered;
import static dev.callsheet.download.report.Jobs.withSpeed;
import static dev.callsheet.download.report.RuleRow.row;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.download.report.WatchedJob.Phase;
import dev.callsheet.events.download.JobState;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A job reported completed or failed: nothing more but its removal, or a retry's completion. */
class FinishedRulesTest {

    @Nested
    class Completed {

        static final ClientJob SEEDING = job(JobState.COMPLETED, 1, "uploading");
        static final WatchedJob DONE = remembered(Phase.COMPLETED, SEEDING);

        static Stream<RuleRow> rows() {
            return Stream.of(
                    row(
                            "seeding at other speeds: said once only",
                            DONE,
                            withSpeed(SEEDING, 5_000),
                            ofHours(1),
                            Phase.COMPLETED),
                    row("re-checked", DONE, job(JobState.PROCESSING, 0.4, "checkingUP"), ofMinutes(1), Phase.COMPLETED),
                    row(
                            "files gone after the import moved them: no failure",
                            DONE,
                            failed("missingFiles", "qBittorrent cannot find the torrent's files"),
                            ofMinutes(1),
                            Phase.COMPLETED),
                    row("gone", DONE, null, ofMinutes(1), null, "removed"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void reports(RuleRow row) {
            row.check();
        }
    }

    @Nested
    class Failed {

        static final ClientJob GIVEN_UP = failed("FAILURE/HEALTH", "FAILURE/HEALTH");
        static final WatchedJob FAILED = remembered(Phase.FAILED, GIVEN_UP);

        static Stream<RuleRow> rows() {
            return Stream.of(
                    row("still failed: said once only", FAILED, GIVEN_UP, ofHours(1), Phase.FAILED),
                    row("retried, downloading again", FAILED, downloading(0.3), ofMinutes(1), Phase.FAILED),
                    row(
                            "a retry completed it",
                            FAILED,
                            job(JobState.COMPLETED, 1, "SUCCESS/ALL"),
                            ofMinutes(1),
                            Phase.COMPLETED,
                            "completed"),
                    row("gone", FAILED, null, ofMinutes(1), null, "removed"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void reports(RuleRow row) {
            row.check();
        }
    }
}
