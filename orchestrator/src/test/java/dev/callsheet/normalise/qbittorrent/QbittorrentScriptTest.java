package dev.callsheet.normalise.qbittorrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.Payloads;
import dev.callsheet.normalise.download.FakeCallsheet;
import dev.callsheet.normalise.download.FakeCallsheet.Request;
import dev.callsheet.normalise.download.ScriptProcess;
import dev.callsheet.normalise.download.ScriptProcess.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code scripts/qbittorrent/callsheet-qbittorrent.sh}, run as qBittorrent runs it, against a fake Callsheet. */
class QbittorrentScriptTest {

    private static final String SCRIPT = "qbittorrent/callsheet-qbittorrent.sh";
    /** A configured token may hold anything; quote and backslash must survive curl's config syntax. */
    private static final String TOKEN = "t0k\"en\\with-odd_chars";

    private static final String HASH = "8c2f6a7b3d4e5f60718293a4b5c6d7e8f9012345";
    private static final String NAME = "Amélie & Co = 100% +1 (2001)";
    /** The arguments of the documented "Run on torrent finished" line, placeholders filled in. */
    private static final String[] FINISHED = {
        "event=finished",
        "hash=" + HASH,
        "name=" + NAME,
        "category=",
        "tags=4k,movies",
        "size=27262976000",
        "save_path=/data/torrents",
        "content_path=/data/torrents/" + NAME
    };

    @TempDir
    Path temp;

    @ParameterizedTest(name = "shell {0}")
    @ValueSource(strings = {"#!", "/usr/bin/bash"})
    void postsEachArgumentAsAFormFieldWithTheBearerToken(String shell) throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            ScriptProcess script = configured(callsheet.url("/webhooks/qbittorrent"));

            Outcome outcome = (shell.equals("#!") ? script : script.withShell(shell)).run(FINISHED);

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).isEqualTo("Callsheet: reported torrent finished " + HASH + "\n");
            Request request = callsheet.request();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/webhooks/qbittorrent");
            assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.fields())
                    .containsExactly(
                            entry("event", "finished"),
                            entry("hash", HASH),
                            entry("name", NAME),
                            entry("category", ""),
                            entry("tags", "4k,movies"),
                            entry("size", "27262976000"),
                            entry("save_path", "/data/torrents"),
                            entry("content_path", "/data/torrents/" + NAME));
        }
    }

    @Test
    void postsWhatTheParserReadsAsTheFinishedTorrent() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            configured(callsheet.url("/webhooks/qbittorrent")).run(FINISHED);

            ParsedWebhook parsed =
                    new QbittorrentWebhookParser().parse(callsheet.request().body(), Payloads.ORIGIN);

            assertThat(parsed.eventType()).isEqualTo("script:completed");
            assertThat(parsed.downloadReports())
                    .containsExactly(new ClientReport(
                            DownloadId.of(HASH.toUpperCase(java.util.Locale.ROOT)),
                            ClientChange.COMPLETED,
                            JobState.COMPLETED,
                            NAME,
                            null,
                            1.0,
                            27262976000L,
                            null,
                            null,
                            null,
                            null,
                            ReportedBy.SCRIPT));
        }
    }

    @Test
    void readsCallsheetConfBesideItself() throws Exception {
        Path copy = Files.copy(ScriptProcess.path(SCRIPT), temp.resolve("callsheet-qbittorrent.sh"));
        try (var callsheet = FakeCallsheet.accepting()) {
            ScriptProcess.conf(temp.resolve("callsheet.conf"), callsheet.url("/webhooks/qbittorrent/seedbox"), TOKEN);

            Outcome outcome = ScriptProcess.at(copy).run("event=added", "hash=" + HASH);

            assertThat(outcome.exitCode()).isZero();
            Request request = callsheet.request();
            assertThat(request.path()).isEqualTo("/webhooks/qbittorrent/seedbox");
            assertThat(request.fields()).containsExactly(entry("event", "added"), entry("hash", HASH));
        }
    }

    @Test
    void fallsBackToWgetWithoutCurl() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            ScriptProcess script =
                    configured(callsheet.url("/webhooks/qbittorrent")).withHttpClients(temp.resolve("bin"), "wget");

            Outcome outcome = script.run(FINISHED);

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).isEqualTo("Callsheet: reported torrent finished " + HASH + "\n");
            Request request = callsheet.request();
            assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.fields())
                    .containsEntry("name", NAME)
                    .containsEntry("category", "")
                    .hasSize(8);
        }
    }

    @Test
    void saysSoAndSucceedsWithoutCurlOrWget() throws Exception {
        Outcome outcome = configured("http://127.0.0.1:9/webhooks/qbittorrent")
                .withHttpClients(temp.resolve("bin"))
                .run(FINISHED);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).contains("neither curl nor wget is installed");
    }

    @ParameterizedTest(name = "with {0}")
    @ValueSource(strings = {"curl", "wget"})
    void succeedsAtOnceWhenCallsheetIsDown(String client) throws Exception {
        Outcome outcome = configured(FakeCallsheet.down("/webhooks/qbittorrent"))
                .withHttpClients(temp.resolve("bin"), client)
                .run(FINISHED);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).startsWith("Callsheet: could not report torrent finished " + HASH + " to http://");
        assertThat(outcome.took()).isLessThan(Duration.ofSeconds(3));
    }

    @ParameterizedTest(name = "with {0}")
    @ValueSource(strings = {"curl", "wget"})
    void givesUpWithinSecondsWhenCallsheetNeverAnswers(String client) throws Exception {
        try (var hanging = FakeCallsheet.silent()) {
            Outcome outcome = configured("http://127.0.0.1:" + hanging.getLocalPort() + "/webhooks/qbittorrent")
                    .withHttpClients(temp.resolve("bin"), client)
                    .run(FINISHED);

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).contains("could not report torrent finished");
            assertThat(outcome.took()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(7));
        }
    }

    @Test
    void logsARefusalAndSucceeds() throws Exception {
        try (var callsheet = FakeCallsheet.refusing(401)) {
            Outcome outcome = configured(callsheet.url("/webhooks/qbittorrent")).run(FINISHED);

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output())
                    .contains("Callsheet refused torrent finished " + HASH + " with HTTP 401:")
                    .contains("the token is not the one configured");
        }
    }

    @Test
    void sendsNothingWithoutItsConfiguration() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            Outcome outcome = ScriptProcess.of(SCRIPT)
                    .with("CALLSHEET_CONF", temp.resolve("missing.conf").toString())
                    .run(FINISHED);

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).contains("not reporting torrent finished " + HASH + ": cannot read ");
            assertThat(callsheet.receivedNothing()).isTrue();
        }
    }

    @Test
    void skipsAnArgumentThatIsNotNameValue() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            Outcome outcome =
                    configured(callsheet.url("/webhooks/qbittorrent")).run("event=added", HASH, "hash=" + HASH);

            assertThat(outcome.output()).contains("ignoring argument '" + HASH + "'");
            assertThat(callsheet.request().fields()).containsExactly(entry("event", "added"), entry("hash", HASH));
        }
    }

    private ScriptProcess configured(String url) throws Exception {
        Path conf = ScriptProcess.conf(temp.resolve("callsheet.conf"), url, TOKEN);
        return ScriptProcess.of(SCRIPT).with("CALLSHEET_CONF", conf.toString());
    }
}
