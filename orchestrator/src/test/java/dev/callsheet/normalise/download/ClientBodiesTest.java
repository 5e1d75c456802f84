package dev.callsheet.normalise.download;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientBodiesTest {

    private static final ClientReport STALLED = new ClientReport(
            DownloadId.of("9f1c2a7b3d4e5f60718293a4b5c6d7e8f9012345"),
            ClientChange.STALLED,
            JobState.STALLED,
            "Dune.Part.Two.2024.2160p",
            "radarr",
            0.42,
            27262976000L,
            null,
            0L,
            "stalledDL",
            "no data for 15 minutes",
            ReportedBy.WATCHER);

    /** Stands in for a client's own script reading: it names the fields it saw. */
    private static final ClientBodies.ScriptReader SCRIPT = fields -> {
        throw new UnparseableWebhook("script form with " + fields.values().keySet());
    };

    @Nested
    class WatcherJson {

        @Test
        void passesAJobChangeOnUnchanged() throws UnparseableWebhook {
            byte[] body = EventJson.mapper().writeValueAsBytes(new WatcherObservation.JobChanged(STALLED));

            ParsedWebhook parsed = ClientBodies.parse(body, SCRIPT);

            assertThat(parsed).isEqualTo(ParsedWebhook.ofDownloads("watcher:stalled", List.of(STALLED)));
        }

        @Test
        void makesAnUnreachableClientAFailingHealthCheck() throws UnparseableWebhook {
            byte[] body = """
                    {"type": "ClientUnreachable",
                     "problem": "qBittorrent at http://qbittorrent:8080 refused the login; polling again in 5 min"}""".getBytes(UTF_8);

            ParsedWebhook parsed = ClientBodies.parse(body, SCRIPT);

            assertThat(parsed.eventType()).isEqualTo("watcher:unreachable");
            assertThat(parsed.downloadReports()).isEmpty();
            assertThat(parsed.sourceEvent())
                    .contains(new HealthIssueRaised(
                            "error",
                            "CallsheetWatcher",
                            "qBittorrent at http://qbittorrent:8080 refused the login; polling again in 5 min",
                            null));
        }

        @Test
        void makesAReachableClientThatCheckRestored() throws UnparseableWebhook {
            ParsedWebhook parsed = ClientBodies.parse(" \n{\"type\":\"ClientReachable\"}".getBytes(UTF_8), SCRIPT);

            assertThat(parsed.eventType()).isEqualTo("watcher:reachable");
            assertThat(parsed.sourceEvent())
                    .contains(new HealthRestored("CallsheetWatcher", "Callsheet's watcher reads the client again"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "{\"type\":\"ClientVanished\"}| not a watcher observation: Could not resolve type id 'ClientVanished'",
                    "{\"problem\":\"x\"}| not a watcher observation: Could not resolve subtype",
                    "{\"type\":\"JobChanged\"}| not a watcher observation:",
                    "{\"type\":\"JobChanged\",\"report\":{\"change\":\"added\",\"via\":\"watcher\"}}| not a watcher"
                            + " observation:",
                    "{\"type\":| not a watcher observation: Unexpected end-of-input"
                })
        void refusesJsonThatIsNoObservation(String body, String reason) {
            assertThatThrownBy(() -> ClientBodies.parse(body.getBytes(UTF_8), SCRIPT))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith(reason);
        }
    }

    @Nested
    class ScriptForm {

        @Test
        void handsAFormToTheClientsScriptReader() {
            assertThatThrownBy(() -> ClientBodies.parse("event=added&hash=x".getBytes(UTF_8), SCRIPT))
                    .hasMessage("script form with [event, hash]");
        }

        @Test
        void makesTheReportItsOnlyDownloadReport() throws UnparseableWebhook {
            ParsedWebhook parsed = ClientBodies.parse("a=1".getBytes(UTF_8), fields -> STALLED);

            assertThat(parsed.eventType()).isEqualTo("watcher:stalled");
            assertThat(parsed.downloadReports()).containsExactly(STALLED);
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "''| not a form body: body is empty",
                    "<xml version=1/>| not a form body: byte 4 is not printable ASCII",
                    "a=%| not a form body: the % at byte 2"
                })
        void refusesWhatIsNeitherJsonNorAForm(String body, String reason) {
            assertThatThrownBy(() -> ClientBodies.parse(body.getBytes(UTF_8), SCRIPT))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith(reason);
        }
    }
}
