package dev.callsheet.request;

import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.clientFailed;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.progressed;
import static dev.callsheet.request.Facts.reported;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.MediaEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report in a state word the client's adapter did not know ({@link JobState#UNKNOWN}) is no news:
 * it never completes, fails or stalls a download, nor takes any of that back.
 */
class UnknownJobStateTest {

    /**
     * @param before the reports the download had, after its grab
     * @param unknown the report in the unknown word
     * @param state the download's state afterwards
     * @param entry the timeline entry's start, or null for none
     */
    record Row(
            String name,
            List<MediaEvent> before,
            DownloadReported unknown,
            JobState state,
            DownloadHealth health,
            RequestState request,
            String entry) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(
                        "first heard of in an unknown word: started, healthy",
                        List.of(),
                        reported(ClientChange.ADDED, JobState.UNKNOWN, 0.0, null),
                        JobState.UNKNOWN,
                        DownloadHealth.OK,
                        RequestState.DOWNLOADING,
                        "qBittorrent started"),
                new Row(
                        "downloading, then progress in an unknown word: the view follows, no milestone",
                        List.of(progressed(0.30)),
                        reported(ClientChange.PROGRESS, JobState.UNKNOWN, 0.31, null),
                        JobState.UNKNOWN,
                        DownloadHealth.OK,
                        RequestState.DOWNLOADING,
                        null),
                new Row(
                        "downloading, then a quarter passed in an unknown word: the quarter is written",
                        List.of(progressed(0.30)),
                        reported(ClientChange.PROGRESS, JobState.UNKNOWN, 0.50, null),
                        JobState.UNKNOWN,
                        DownloadHealth.OK,
                        RequestState.DOWNLOADING,
                        "Download 50 % done"),
                new Row(
                        "stalled, then an unknown word: still stalled, no recovery",
                        List.of(progressed(0.40), reported(ClientChange.STALLED, JobState.STALLED, 0.40, "no peers")),
                        reported(ClientChange.PROGRESS, JobState.UNKNOWN, 0.40, null),
                        JobState.UNKNOWN,
                        DownloadHealth.STALLED,
                        RequestState.DOWNLOADING,
                        null),
                new Row(
                        "completed, then an unknown word: stays completed",
                        List.of(reported(ClientChange.COMPLETED, JobState.COMPLETED, 1.0, null)),
                        reported(ClientChange.PROGRESS, JobState.UNKNOWN, 1.0, null),
                        JobState.COMPLETED,
                        DownloadHealth.OK,
                        RequestState.DOWNLOADING,
                        null),
                new Row(
                        "failed, then an unknown word: stays failed, and so does the request",
                        List.of(progressed(0.20), clientFailed("error: I/O")),
                        reported(ClientChange.PROGRESS, JobState.UNKNOWN, 0.25, null),
                        JobState.FAILED,
                        DownloadHealth.FAILED,
                        RequestState.FAILED,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isNoNews(Row row) {
        Scenario scenario = given(autoApproved(42), grabbed());
        row.before().forEach(scenario::when);

        Outcome outcome = scenario.when(row.unknown());

        DownloadStatus status = outcome.request(42).download().status();
        assertThat(status.state()).isEqualTo(row.state());
        assertThat(status.health()).isEqualTo(row.health());
        assertThat(status.clientState()).isEqualTo(row.unknown().report().clientState());
        assertThat(outcome.stateOf(42)).isEqualTo(row.request());
        if (row.entry() == null) {
            assertThat(outcome.decision().timeline()).isEmpty();
        } else {
            assertThat(outcome.entryOf(42).summary()).startsWith(row.entry());
        }
    }
}
