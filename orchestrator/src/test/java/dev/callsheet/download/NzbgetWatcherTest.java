package dev.callsheet.download;

import static dev.callsheet.download.Watching.pollUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.nzbget.FakeNewsServer;
import dev.callsheet.adapters.nzbget.NzbFile;
import dev.callsheet.adapters.nzbget.NzbgetClient;
import dev.callsheet.adapters.nzbget.NzbgetDaemon;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.WatcherObservation.ClientUnreachable;
import dev.callsheet.source.InstanceProperties.Instance;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A watcher of a real NZBGet whose only news server has none of the articles (skipped where NZBGet
 * is not installed, except on CI).
 */
class NzbgetWatcherTest {

    /** Shaped like the GUID Radarr stores in the {@code drone} parameter: the job's download id. */
    private static final String DRONE = "9f1c2b3a4d5e6f708192a3b4c5d6e7f8";

    @TempDir
    static Path dir;

    private static FakeNewsServer news;
    private static NzbgetDaemon daemon;

    private final Observations written = new Observations();

    @BeforeAll
    static void startNzbget() throws IOException, InterruptedException {
        news = new FakeNewsServer();
        daemon = NzbgetDaemon.start(dir, news.port());
    }

    @AfterAll
    static void stopNzbget() throws IOException, InterruptedException {
        if (daemon != null) {
            daemon.close();
        }
        if (news != null) {
            news.close();
        }
    }

    private static Instance instance(String password) {
        return new Instance(
                SourceKind.NZBGET,
                URI.create(daemon.baseUrl()),
                null,
                NzbgetDaemon.USERNAME,
                password,
                false,
                Duration.ofSeconds(5));
    }

    @Test
    void reportsAJobWhoseArticlesAreMissingAddedThenFailedWithNzbgetsReason() throws Exception {
        ClientWatcher watcher =
                Watching.watcher("nzbget", instance(NzbgetDaemon.PASSWORD), Observations.SETTINGS, written);
        NzbgetClient nzbget = new NzbgetClient(
                new ApiEndpoint(URI.create(daemon.baseUrl()), NzbgetDaemon.PASSWORD, Duration.ofSeconds(5)),
                NzbgetDaemon.USERNAME,
                WebClient.builder());
        nzbget.append("Dune.Part.Two.2024.2160p.nzb", NzbFile.withMissingArticles("dune"), "movies", DRONE)
                .block();
        // The news server holds its greeting, so the job waits in the queue until it is let go.
        pollUntil(watcher, () -> !written.reports(DRONE).isEmpty(), "the job to be added");

        news.open();
        pollUntil(watcher, () -> written.changes(DRONE).contains(ClientChange.FAILED), "the job to fail");

        assertThat(written.changes(DRONE))
                .startsWith(ClientChange.ADDED)
                .endsWith(ClientChange.FAILED)
                .doesNotContain(ClientChange.REMOVED, ClientChange.COMPLETED);
        ClientReport failed = written.reports(DRONE).getLast();
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.reason()).isEqualTo("FAILURE/HEALTH");
        assertThat(failed.clientState()).isEqualTo("FAILURE/HEALTH");
        assertThat(failed.name()).isEqualTo("Dune.Part.Two.2024.2160p");
    }

    @Test
    void saysUnreachableWhenNzbgetRefusesThePassword() {
        ClientWatcher watcher =
                Watching.watcher("nzbget", instance("not-the-password"), Observations.SETTINGS, written);

        watcher.poll();

        assertThat(written.observations())
                .singleElement()
                .isInstanceOfSatisfying(ClientUnreachable.class, unreachable -> assertThat(unreachable.problem())
                        .startsWith("NZBGet at " + daemon.baseUrl() + " refused")
                        .contains("HTTP 401")
                        .endsWith("; retrying in 5 s")
                        .doesNotContain("not-the-password"));
    }
}
