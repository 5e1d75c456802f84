package dev.callsheet.normalise.sabnzbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.normalise.Payloads;
import dev.callsheet.normalise.download.FakeCallsheet;
import dev.callsheet.normalise.download.FakeCallsheet.Request;
import dev.callsheet.normalise.download.ScriptProcess;
import dev.callsheet.normalise.download.ScriptProcess.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code scripts/sabnzbd/callsheet-sabnzbd.sh}, run as SABnzbd runs a post-processing script. */
class SabnzbdScriptTest {

    private static final String TOKEN = "sab-token";
    private static final String NZO_ID = "SABnzbd_nzo_k2v8q1x3";
    private static final String JOB = "Dune.Part.Two.2024.2160p.UHD.BluRay.REMUX-FGT";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "shell {0}")
    @ValueSource(strings = {"#!", "/usr/bin/bash"})
    void postsTheJobsArgumentsAndEnvironmentWithTheBearerToken(String shell) throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            ScriptProcess script = failedJob(callsheet.url("/webhooks/sabnzbd"));

            Outcome outcome = (shell.equals("#!") ? script : script.withShell(shell)).run(arguments("2"));

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).isEqualTo("Callsheet: reported job " + NZO_ID + " (status 2)\n");
            Request request = callsheet.request();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/webhooks/sabnzbd");
            assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.fields())
                    .containsExactly(
                            entry("nzo_id", NZO_ID),
                            entry("status", "2"),
                            entry("fail_msg", "Unpacking failed, write error or disk is full?"),
                            entry("name", JOB),
                            entry("category", "movies"),
                            entry("bytes", "58123456789"),
                            entry("directory", "/downloads/complete/movies/_FAILED_" + JOB),
                            entry("nzb_name", JOB + ".nzb"));
        }
    }

    @Test
    void postsWhatTheParserReadsAsTheFailedJob() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            failedJob(callsheet.url("/webhooks/sabnzbd")).run(arguments("2"));

            assertThat(new SabnzbdWebhookParser()
                            .parse(callsheet.request().body(), Payloads.ORIGIN)
                            .downloadReports())
                    .containsExactly(new ClientReport(
                            DownloadId.of(NZO_ID),
                            ClientChange.FAILED,
                            JobState.FAILED,
                            JOB,
                            "movies",
                            null,
                            58123456789L,
                            null,
                            null,
                            null,
                            "Unpacking failed, write error or disk is full?",
                            ReportedBy.SCRIPT));
        }
    }

    @Test
    void succeedsAtOnceWhenCallsheetIsDown() throws Exception {
        Outcome outcome = failedJob(FakeCallsheet.down("/webhooks/sabnzbd")).run(arguments("0"));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).startsWith("Callsheet: could not report job " + NZO_ID + " (status 0) to http://");
        assertThat(outcome.took()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void givesUpWithinSecondsWhenCallsheetNeverAnswers() throws Exception {
        try (var hanging = FakeCallsheet.silent()) {
            Outcome outcome = failedJob("http://127.0.0.1:" + hanging.getLocalPort() + "/webhooks/sabnzbd")
                    .run(arguments("0"));

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).contains("could not report job " + NZO_ID);
            assertThat(outcome.took()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(7));
        }
    }

    @Test
    void logsARefusalAndSucceeds() throws Exception {
        try (var callsheet = FakeCallsheet.refusing(401)) {
            Outcome outcome = failedJob(callsheet.url("/webhooks/sabnzbd")).run(arguments("0"));

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).contains("Callsheet refused job " + NZO_ID + " (status 0) with HTTP 401");
        }
    }

    @Test
    void sendsNothingWhenItsConfigurationLacksTheToken() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            Path conf = ScriptProcess.conf(temp.resolve("callsheet.conf"), callsheet.url("/webhooks/sabnzbd"), "");

            Outcome outcome = ScriptProcess.of("sabnzbd/callsheet-sabnzbd.sh")
                    .with("CALLSHEET_CONF", conf.toString())
                    .with("SAB_NZO_ID", NZO_ID)
                    .run(arguments("0"));

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).contains("needs url= and token=");
            assertThat(callsheet.receivedNothing()).isTrue();
        }
    }

    /** SABnzbd's eight arguments for a job with this post-processing status. */
    private static String[] arguments(String status) {
        return new String[] {
            "/downloads/complete/movies/_FAILED_" + JOB,
            JOB + ".nzb",
            JOB,
            "",
            "movies",
            "alt.binaries.hdtv",
            status,
            ""
        };
    }

    private ScriptProcess failedJob(String url) throws Exception {
        Path conf = ScriptProcess.conf(temp.resolve("callsheet.conf"), url, TOKEN);
        return ScriptProcess.of("sabnzbd/callsheet-sabnzbd.sh")
                .with("CALLSHEET_CONF", conf.toString())
                .with("SAB_NZO_ID", NZO_ID)
                .with("SAB_FAIL_MSG", "Unpacking failed, write error or disk is full?")
                .with("SAB_BYTES", "58123456789")
                .with("SAB_CAT", "movies");
    }
}
