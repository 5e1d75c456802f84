package dev.callsheet.normalise.nzbget;

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

class NzbgetWebhookParserTest {

    private static final String DRONE = "7c1d7b4c-5f0e-4b8e-9d3a-2f6b1e0a9c11";
    private static final String JOB = "Severance.S02E03.1080p.WEB.H264-SuccessfulCrab";

    private final NzbgetWebhookParser parser = new NzbgetWebhookParser();

    @Test
    void speaksForNzbget() {
        assertThat(parser.source()).isEqualTo(SourceKind.NZBGET);
    }

    /** The event, its status field as the script sends it, and the change, state and client state it means. */
    static Stream<Arguments> events() {
        return Stream.of(
                arguments("NZB_ADDED", "", ClientChange.ADDED, null, null),
                arguments("NZB_DELETED", "delete_status=MANUAL", ClientChange.REMOVED, null, "DELETED/MANUAL"),
                arguments("NZB_DELETED", "delete_status=NONE", ClientChange.REMOVED, null, "DELETED/MANUAL"),
                arguments("NZB_DELETED", "delete_status=", ClientChange.REMOVED, null, "DELETED/MANUAL"),
                arguments(
                        "NZB_DELETED", "delete_status=HEALTH", ClientChange.FAILED, JobState.FAILED, "FAILURE/HEALTH"),
                arguments("NZB_DELETED", "delete_status=DUPE", ClientChange.FAILED, JobState.FAILED, "DELETED/DUPE"),
                arguments("NZB_DELETED", "delete_status=COPY", ClientChange.FAILED, JobState.FAILED, "DELETED/COPY"),
                arguments("NZB_DELETED", "delete_status=GOOD", ClientChange.FAILED, JobState.FAILED, "DELETED/GOOD"),
                arguments("NZB_DELETED", "delete_status=BAD", ClientChange.FAILED, JobState.FAILED, "FAILURE/BAD"),
                arguments("NZB_DELETED", "delete_status=SCAN", ClientChange.FAILED, JobState.FAILED, "FAILURE/SCAN"),
                arguments("NZB_MARKED", "mark_status=BAD", ClientChange.FAILED, JobState.FAILED, "FAILURE/BAD"),
                arguments("NZB_MARKED", "mark_status=GOOD", ClientChange.COMPLETED, JobState.COMPLETED, "SUCCESS/GOOD"),
                arguments(
                        "NZB_MARKED",
                        "mark_status=SUCCESS",
                        ClientChange.COMPLETED,
                        JobState.COMPLETED,
                        "SUCCESS/MARK"),
                arguments(
                        "POST_PROCESSING",
                        "status=SUCCESS/ALL",
                        ClientChange.COMPLETED,
                        JobState.COMPLETED,
                        "SUCCESS/ALL"),
                arguments(
                        "POST_PROCESSING",
                        "status=SUCCESS/HEALTH",
                        ClientChange.COMPLETED,
                        JobState.COMPLETED,
                        "SUCCESS/HEALTH"),
                arguments(
                        "POST_PROCESSING",
                        "status=WARNING/SKIPPED",
                        ClientChange.COMPLETED,
                        JobState.COMPLETED,
                        "WARNING/SKIPPED"),
                arguments(
                        "POST_PROCESSING",
                        "status=WARNING/DAMAGED",
                        ClientChange.FAILED,
                        JobState.FAILED,
                        "WARNING/DAMAGED"),
                arguments(
                        "POST_PROCESSING",
                        "status=WARNING/PASSWORD",
                        ClientChange.FAILED,
                        JobState.FAILED,
                        "WARNING/PASSWORD"),
                arguments(
                        "POST_PROCESSING",
                        "status=FAILURE/UNPACK",
                        ClientChange.FAILED,
                        JobState.FAILED,
                        "FAILURE/UNPACK"),
                arguments("POST_PROCESSING", "status=DELETED/MANUAL", ClientChange.REMOVED, null, "DELETED/MANUAL"),
                arguments(
                        "POST_PROCESSING",
                        "status=DELETED/DUPE",
                        ClientChange.FAILED,
                        JobState.FAILED,
                        "DELETED/DUPE"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void events(String event, String statusField, ClientChange change, JobState state, String clientState)
            throws UnparseableWebhook {
        byte[] body = form(
                "event=" + event,
                "nzbid=48",
                "drone=" + DRONE,
                "name=" + JOB,
                "category=tv",
                statusField.isEmpty() ? "directory=/downloads/intermediate" : statusField);

        ParsedWebhook parsed = parser.parse(body, ORIGIN);

        ClientReport expected = new ClientReport(
                DownloadId.of(DRONE),
                change,
                state,
                JOB,
                "tv",
                change == ClientChange.COMPLETED ? 1.0 : null,
                null,
                null,
                null,
                clientState,
                // A failure's reason is NZBGet's status, as the watcher gives it.
                change == ClientChange.FAILED ? clientState : null,
                ReportedBy.SCRIPT);
        assertThat(parsed).isEqualTo(ParsedWebhook.ofDownloads(expected.eventType(), List.of(expected)));
    }

    @Test
    void namesAJobWithoutDroneByItsNzbid() throws UnparseableWebhook {
        ParsedWebhook parsed = parser.parse(form("event=NZB_ADDED", "nzbid=48", "drone="), ORIGIN);

        assertThat(parsed.downloadReports())
                .singleElement()
                .extracting(ClientReport::downloadId)
                .isEqualTo(DownloadId.of("48"));
    }

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                arguments(form("nzbid=48"), "the form has no event field (NZBGet's NZBNA_EVENT, or POST_PROCESSING)"),
                arguments(
                        form("event=NZB_NAMED", "nzbid=48"), "event 'NZB_NAMED' is not one the NZBGet script reports"),
                arguments(
                        form("event=NZB_DELETED", "nzbid=48", "delete_status=LOST"),
                        "delete_status 'LOST' is not one NZBGet gives"),
                arguments(
                        form("event=NZB_MARKED", "nzbid=48", "mark_status=NONE"),
                        "mark_status 'NONE' is not a mark NZBGet reports (BAD, GOOD, SUCCESS)"),
                arguments(
                        form("event=POST_PROCESSING", "nzbid=48"),
                        "the form has no status field (NZBGet's NZBPP_STATUS)"),
                arguments(
                        form("event=POST_PROCESSING", "nzbid=48", "status=SUCCESS/NEWWORD"),
                        "status 'SUCCESS/NEWWORD' is not an NZBGet history status Callsheet knows"),
                arguments(
                        form("event=NZB_ADDED", "name=" + JOB),
                        "the form has no nzbid field (NZBGet's NZBID, used when there is no drone)"),
                arguments(form("event=NZB_ADDED", "nzbid=forty-eight"), "nzbid 'forty-eight' is not an NZBGet NZBID"),
                arguments("event=NZB_ADDED&nzbid=48&name=50%".getBytes(), "not a form body"));
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
        ParsedWebhook parsed = parser.parse("{\"type\":\"ClientUnreachable\",\"problem\":\"401\"}".getBytes(), ORIGIN);

        assertThat(parsed.eventType()).isEqualTo("watcher:unreachable");
        assertThat(parsed.sourceEvent()).isPresent();
    }
}
