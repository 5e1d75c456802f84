package dev.callsheet.normalise.nzbget;

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
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code scripts/nzbget/Callsheet.sh}, run as NZBGet runs an extension: no arguments, everything in
 * the environment, the script's options as {@code NZBPO_*}.
 */
class NzbgetScriptTest {

    private static final String TOKEN = "nzbget-token";
    private static final String DRONE = "7c1d7b4c-5f0e-4b8e-9d3a-2f6b1e0a9c11";
    private static final String JOB = "Severance.S02E03.1080p.WEB.H264-SuccessfulCrab";

    @ParameterizedTest(name = "shell {0}")
    @ValueSource(strings = {"#!", "/usr/bin/bash"})
    void postsAQueueEventFromTheEnvironmentAndExitsZero(String shell) throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            ScriptProcess script = queueEvent(callsheet.url("/webhooks/nzbget"), "NZB_DELETED");

            Outcome outcome = (shell.equals("#!") ? script : script.withShell(shell)).run();

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).isEqualTo("[INFO] reported NZB_DELETED of job 48\n");
            Request request = callsheet.request();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/webhooks/nzbget");
            assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.fields())
                    .containsExactly(
                            entry("event", "NZB_DELETED"),
                            entry("nzbid", "48"),
                            entry("drone", DRONE),
                            entry("name", JOB),
                            entry("category", "tv"),
                            entry("delete_status", "HEALTH"),
                            entry("mark_status", "NONE"),
                            entry("directory", "/downloads/intermediate/" + JOB + ".#48"));
        }
    }

    @Test
    void postsTheEndOfPostProcessingAndExitsWithPostprocessNone() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            Outcome outcome = postProcessing(callsheet.url("/webhooks/nzbget")).run();

            // 95 is POSTPROCESS_NONE: the job's status stays what the download made it.
            assertThat(outcome.exitCode()).isEqualTo(95);
            assertThat(outcome.output()).isEqualTo("[INFO] reported post-processing of job 48 (SUCCESS/ALL)\n");
            assertThat(callsheet.request().fields())
                    .containsExactly(
                            entry("event", "POST_PROCESSING"),
                            entry("nzbid", "48"),
                            entry("drone", DRONE),
                            entry("name", JOB),
                            entry("category", "tv"),
                            entry("status", "SUCCESS/ALL"),
                            entry("directory", "/downloads/completed/tv/" + JOB));
        }
    }

    @Test
    void postsWhatTheParserReadsAsTheJobsEnd() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            queueEvent(callsheet.url("/webhooks/nzbget"), "NZB_DELETED").run();

            assertThat(new NzbgetWebhookParser()
                            .parse(callsheet.request().body(), Payloads.ORIGIN)
                            .downloadReports())
                    .containsExactly(new ClientReport(
                            DownloadId.of(DRONE),
                            ClientChange.FAILED,
                            JobState.FAILED,
                            JOB,
                            "tv",
                            null,
                            null,
                            null,
                            null,
                            "FAILURE/HEALTH",
                            "FAILURE/HEALTH",
                            ReportedBy.SCRIPT));
        }
    }

    @Test
    void neverFailsTheJobWhenCallsheetIsDown() throws Exception {
        Outcome outcome = postProcessing(FakeCallsheet.down("/webhooks/nzbget")).run();

        assertThat(outcome.exitCode()).isEqualTo(95);
        assertThat(outcome.output()).startsWith("[WARNING] could not report post-processing of job 48");
        assertThat(outcome.took()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void givesUpWithinSecondsWhenCallsheetNeverAnswers() throws Exception {
        try (var hanging = FakeCallsheet.silent()) {
            Outcome outcome = queueEvent("http://127.0.0.1:" + hanging.getLocalPort() + "/webhooks/nzbget", "NZB_ADDED")
                    .run();

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output()).startsWith("[WARNING] could not report NZB_ADDED of job 48");
            assertThat(outcome.took()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(7));
        }
    }

    @Test
    void logsARefusalAsAWarning() throws Exception {
        try (var callsheet = FakeCallsheet.refusing(401)) {
            Outcome outcome = postProcessing(callsheet.url("/webhooks/nzbget")).run();

            assertThat(outcome.exitCode()).isEqualTo(95);
            assertThat(outcome.output())
                    .startsWith("[WARNING] Callsheet refused post-processing of job 48 (SUCCESS/ALL) with HTTP 401");
        }
    }

    @Test
    void sendsNothingUntilItsOptionsAreSet() throws Exception {
        try (var callsheet = FakeCallsheet.accepting()) {
            Outcome outcome = ScriptProcess.of("nzbget/Callsheet.sh")
                    .with("NZBNA_EVENT", "NZB_ADDED")
                    .with("NZBNA_NZBID", "48")
                    .run();

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.output())
                    .isEqualTo("[WARNING] not reporting NZB_ADDED of job 48: set Url and Token in Settings"
                            + " → CALLSHEET\n");
            assertThat(callsheet.receivedNothing()).isTrue();
        }
    }

    @Test
    void carriesTheHeadersNzbget21LooksFor() throws Exception {
        var lines = Files.readAllLines(ScriptProcess.path("nzbget/Callsheet.sh"));

        // v21 takes a line starting "### NZBGET " with " SCRIPT" and the kinds, then the events line after it.
        assertThat(lines).contains("### NZBGET QUEUE/POST-PROCESSING SCRIPT                                    ###");
        assertThat(lines.indexOf("### QUEUE EVENTS: NZB_ADDED, NZB_DELETED, NZB_MARKED"))
                .isGreaterThan(lines.indexOf(
                        "### NZBGET QUEUE/POST-PROCESSING SCRIPT                                    ###"));
        assertThat(lines).contains("#Url=http://callsheet:8080/webhooks/nzbget", "#Token=");
    }

    /** NZBGet's environment for a queue script on {@code event} of a job Sonarr added. */
    private static ScriptProcess queueEvent(String url, String event) {
        return options(url)
                .with("NZBNA_EVENT", event)
                .with("NZBNA_NZBID", "48")
                .with("NZBNA_NZBNAME", JOB)
                .with("NZBNA_CATEGORY", "tv")
                .with("NZBNA_DELETESTATUS", "HEALTH")
                .with("NZBNA_MARKSTATUS", "NONE")
                .with("NZBNA_DIRECTORY", "/downloads/intermediate/" + JOB + ".#48")
                // NZBGet passes the job parameter "drone" twice: as named and upper-cased.
                .with("NZBPR_drone", DRONE)
                .with("NZBPR_DRONE", DRONE);
    }

    /** NZBGet's environment for a post-processing script. */
    private static ScriptProcess postProcessing(String url) {
        return options(url)
                .with("NZBPP_NZBID", "48")
                .with("NZBPP_NZBNAME", JOB)
                .with("NZBPP_CATEGORY", "tv")
                .with("NZBPP_STATUS", "SUCCESS/ALL")
                .with("NZBPP_TOTALSTATUS", "SUCCESS")
                .with("NZBPP_DIRECTORY", "/downloads/completed/tv/" + JOB)
                .with("NZBPP_FINALDIR", "")
                .with("NZBPR_DRONE", DRONE);
    }

    private static ScriptProcess options(String url) {
        return ScriptProcess.of("nzbget/Callsheet.sh").with("NZBPO_URL", url).with("NZBPO_TOKEN", TOKEN);
    }
}
