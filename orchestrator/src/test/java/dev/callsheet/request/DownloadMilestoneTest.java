package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.JobState;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which change of a download's status earns a timeline entry: one row per rule. */
class DownloadMilestoneTest {

    record Row(String name, DownloadStatus before, DownloadStatus after, DownloadMilestone expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("first report", null, moving(0.0), DownloadMilestone.STARTED),
                new Row("first report already failed", null, failed(), DownloadMilestone.FAILED),
                new Row("first report already complete", null, complete(), DownloadMilestone.COMPLETED),
                new Row("first report stalled", null, stalled(10.0), DownloadMilestone.STALLED),
                new Row("first report a removal", null, removed(moving(5.0)), DownloadMilestone.REMOVED),
                new Row("within a quarter", moving(26.0), moving(49.9), null),
                new Row("into the second quarter", moving(24.9), moving(25.0), DownloadMilestone.QUARTER),
                new Row("past half", moving(10.0), moving(60.0), DownloadMilestone.HALF),
                new Row("past three quarters", moving(74.0), moving(99.9), DownloadMilestone.THREE_QUARTERS),
                new Row("progress going back", moving(60.0), moving(40.0), null),
                new Row("stall", moving(40.0), stalled(40.0), DownloadMilestone.STALLED),
                new Row("still stalled", stalled(40.0), stalled(40.0), null),
                new Row("recovery from a stall", stalled(40.0), moving(41.0), DownloadMilestone.RECOVERED),
                new Row("recovery from a failure", failed(), moving(41.0), DownloadMilestone.RECOVERED),
                new Row("completion from a stall", stalled(99.0), complete(), DownloadMilestone.COMPLETED),
                new Row("completion", moving(90.0), complete(), DownloadMilestone.COMPLETED),
                new Row("completed again", complete(), complete(), null),
                new Row("failure", moving(20.0), failed(), DownloadMilestone.FAILED),
                new Row("failed again", failed(), failed(), null),
                new Row("removal while downloading", moving(20.0), removed(moving(20.0)), DownloadMilestone.REMOVED),
                new Row("removal once complete", complete(), removed(complete()), null),
                new Row("removal once failed", failed(), removed(failed()), null),
                new Row("removed again", removed(moving(3.0)), removed(moving(3.0)), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reachesTheMilestoneOfItsRow(Row row) {
        assertThat(DownloadMilestone.between(row.before(), row.after())).isEqualTo(Optional.ofNullable(row.expected()));
    }

    private static DownloadStatus moving(double progress) {
        return status(JobState.DOWNLOADING, DownloadHealth.OK, progress, false);
    }

    private static DownloadStatus stalled(double progress) {
        return status(JobState.STALLED, DownloadHealth.STALLED, progress, false);
    }

    private static DownloadStatus complete() {
        return status(JobState.COMPLETED, DownloadHealth.OK, 100.0, false);
    }

    private static DownloadStatus failed() {
        return status(JobState.FAILED, DownloadHealth.FAILED, 20.0, false);
    }

    private static DownloadStatus removed(DownloadStatus status) {
        return status(status.state(), status.health(), status.progress(), true);
    }

    private static DownloadStatus status(JobState state, DownloadHealth health, double progress, boolean removed) {
        return new DownloadStatus(
                SourceKind.QBITTORRENT,
                "qbittorrent",
                state,
                health,
                progress,
                null,
                null,
                null,
                null,
                null,
                removed,
                Instant.EPOCH,
                state == JobState.COMPLETED ? Instant.EPOCH : null);
    }
}
