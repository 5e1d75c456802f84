package dev.callsheet.download;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.download.SabnzbdStub.API_KEY;
import static dev.callsheet.download.SabnzbdStub.DOWNLOADING;
import static dev.callsheet.download.SabnzbdStub.NZO_ID;
import static dev.callsheet.download.SabnzbdStub.finished;
import static dev.callsheet.download.SabnzbdStub.history;
import static dev.callsheet.download.SabnzbdStub.queue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.WatcherObservation.ClientReachable;
import dev.callsheet.events.download.WatcherObservation.ClientUnreachable;
import dev.callsheet.source.InstanceProperties.Instance;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A watcher of SABnzbd's API as stubbed from its 3.7 answers: the queue, then the history. */
class SabnzbdWatcherTest {

    @RegisterExtension
    static final WireMockExtension SABNZBD = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final Observations written = new Observations();
    private final ClientWatcher watcher = Watching.watcher(
            "sabnzbd",
            new Instance(
                    SourceKind.SABNZBD,
                    URI.create(SABNZBD.baseUrl()),
                    API_KEY,
                    null,
                    null,
                    false,
                    Duration.ofSeconds(2)),
            Observations.SETTINGS,
            written);

    private static void answers(String mode, ResponseDefinitionBuilder response) {
        SabnzbdStub.answers(SABNZBD, mode, response);
    }

    @Test
    void followsAJobFromTheQueueToTheHistoryAndOut() {
        answers("queue", okJson(queue(DOWNLOADING)));
        answers("history", okJson(history("")));
        watcher.poll();
        answers("queue", okJson(queue("")));
        answers("history", okJson(history(finished("Extracting", ""))));
        watcher.poll();
        answers("history", okJson(history(finished("Completed", ""))));
        watcher.poll();
        answers("history", okJson(history("")));
        watcher.poll();

        assertThat(written.changes(NZO_ID))
                .containsExactly(
                        ClientChange.ADDED, ClientChange.PROGRESS, ClientChange.COMPLETED, ClientChange.REMOVED);
        ClientReport added = written.reports(NZO_ID).getFirst();
        assertThat(added.state()).isEqualTo(JobState.DOWNLOADING);
        assertThat(added.progress()).isBetween(0.26, 0.27);
        assertThat(added.etaSeconds()).isEqualTo(382L);
        assertThat(written.reports(NZO_ID).get(2).state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void reportsAFailedJobWithSabnzbdsFailMessage() {
        answers("queue", okJson(queue("")));
        answers("history", okJson(history(finished("Failed", "Aborted, cannot be completed"))));

        watcher.poll();

        ClientReport failed = written.reports(NZO_ID).getLast();
        assertThat(failed.change()).isEqualTo(ClientChange.FAILED);
        assertThat(failed.reason()).isEqualTo("Aborted, cannot be completed");
        assertThat(failed.clientState()).isEqualTo("Failed");
    }

    @Test
    void saysUnreachableWhileTheKeyIsRefusedAndReachableOnceItIsTaken() {
        answers("queue", aResponse().withStatus(403).withBody("API Key Incorrect"));
        answers("history", okJson(history("")));
        watcher.poll();
        watcher.poll();
        answers("queue", okJson(queue("")));
        watcher.poll();

        assertThat(written.observations()).hasSize(2).last().isEqualTo(new ClientReachable());
        assertThat(written.observations().getFirst())
                .isInstanceOfSatisfying(ClientUnreachable.class, unreachable -> assertThat(unreachable.problem())
                        .startsWith("SABnzbd at " + SABNZBD.baseUrl() + " refused the API key (HTTP 403")
                        .endsWith("; retrying in 5 s")
                        .doesNotContain(API_KEY));
    }
}
