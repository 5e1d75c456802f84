package dev.callsheet.normalise.sabnzbd;

import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SabnzbdWebhookParserTest {

    private static final String NZO_ID = "SABnzbd_nzo_k2v8q1x3";
    private static final String JOB = "Dune.Part.Two.2024.2160p.UHD.BluRay.REMUX-FGT";

    private final SabnzbdWebhookParser parser = new SabnzbdWebhookParser();

    @Test
    void speaksForSabnzbd() {
        assertThat(parser.source()).isEqualTo(SourceKind.SABNZBD);
    }

    /** The status, SABnzbd's failure message, and what the report must say. */
    static Stream<Arguments> postProcessingStatuses() {
        return Stream.of(
                arguments("0", "", ClientChange.COMPLETED, JobState.COMPLETED, 1.0, null),
                arguments("1", "", ClientChange.FAILED, JobState.FAILED, null, "verification failed"),
                arguments("2", "", ClientChange.FAILED, JobState.FAILED, null, "unpacking failed"),
                arguments("3", "", ClientChange.FAILED, JobState.FAILED, null, "verification and unpacking failed"),
                arguments("-1", "", ClientChange.FAILED, JobState.FAILED, null, "the download failed"),
                arguments(
                        "-1",
                        "Download failed - Not on your server(s)",
                        ClientChange.FAILED,
                        JobState.FAILED,
                        null,
                        "Download failed - Not on your server(s)"),
                arguments(
                        "2",
                        "Unpacking failed, write error or disk is full?",
                        ClientChange.FAILED,
                        JobState.FAILED,
                        null,
                        "Unpacking failed, write error or disk is full?"));
    }

    @ParameterizedTest(name = "status {0}, fail_msg \"{1}\"")
    @MethodSource
    void postProcessingStatuses(
            String status, String failMessage, ClientChange change, JobState state, Double progress, String reason)
            throws UnparseableWebhook {
        byte[] body = form(
                "nzo_id=" + NZO_ID,
                "status=" + status,
                "fail_msg=" + failMessage,
                "name=" + JOB,
                "category=movies",
                "bytes=58123456789",
                "directory=/downloads/complete/movies/" + JOB,
                "nzb_name=" + JOB + ".nzb");

        ParsedWebhook parsed = parser.parse(body, ORIGIN);

        ClientReport expected = new ClientReport(
                DownloadId.of(NZO_ID),
                change,
                state,
                JOB,
                "movies",
                progress,
                58123456789L,
                null,
                null,
                null,
                reason,
                ReportedBy.SCRIPT);
        assertThat(parsed).isEqualTo(ParsedWebhook.ofDownloads(expected.eventType(), List.of(expected)));
    }

    static Stream<Arguments> categories() {
        return Stream.of(
                arguments("movies", "movies"), arguments("*", null), arguments("None", null), arguments("", null));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource
    void categories(String sent, String read) throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(form("nzo_id=" + NZO_ID, "status=0", "category=" + sent), ORIGIN);

        assertThat(parsed.downloadReports()).singleElement().satisfies(report -> {
            assertThat(report.category()).isEqualTo(read);
            assertThat(report.size()).isNull();
            assertThat(report.name()).isNull();
        });
    }

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                arguments(
                        form("nzo_id=" + NZO_ID),
                        "the form has no status field (SABnzbd's post-processing status, the script's 7th argument)"),
                arguments(
                        form("nzo_id=" + NZO_ID, "status=7"),
                        "status '7' is not a SABnzbd post-processing status (0, 1, 2, 3 or -1)"),
                arguments(form("status=0", "name=" + JOB), "the form has no nzo_id field (SABnzbd's SAB_NZO_ID)"),
                arguments(
                        form("nzo_id=" + NZO_ID, "status=0", "bytes=55.4 GB"),
                        "field bytes is not a number of bytes: 55.4 GB"),
                arguments("nzo_id=x&status=%-1".getBytes(), "not a form body"));
    }

    @ParameterizedTest
    @MethodSource
    void refusedBodies(byte[] body, String reason) {
        assertThatThrownBy(() -> parser.parse(body, ORIGIN))
                .isInstanceOf(UnparseableWebhook.class)
                .hasMessageContaining(reason);
    }

    @Test
    void readsTheWatchersJsonToo() throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse("{\"type\":\"ClientReachable\"}".getBytes(), ORIGIN);

        assertThat(parsed.eventType()).isEqualTo("watcher:reachable");
        assertThat(parsed.sourceEvent()).isPresent();
    }
}
