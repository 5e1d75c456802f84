package dev.callsheet.adapters.nzbget;

import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/** {@link NzbgetClient} against a real NZBGet whose only news server has none of the articles. */
class NzbgetClientTest {

    /** Shaped like the GUID Radarr stores in the {@code drone} parameter. */
    private static final String DRONE = "6b0e9f5d2c8a4e1f9a3b7c5d1e2f4a6b";

    private static final Duration FAILURE_WITHIN = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    private static FakeNewsServer news;
    private static NzbgetDaemon daemon;
    private static NzbgetClient nzbget;

    @BeforeAll
    static void startNzbget() throws IOException, InterruptedException {
        news = new FakeNewsServer();
        daemon = NzbgetDaemon.start(dir, news.port());
        nzbget = client(daemon.baseUrl(), NzbgetDaemon.PASSWORD);
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

    private static NzbgetClient client(String baseUrl, String password) {
        ApiEndpoint endpoint = new ApiEndpoint(URI.create(baseUrl), password, Duration.ofSeconds(5));
        return new NzbgetClient(endpoint, NzbgetDaemon.USERNAME, WebClient.builder());
    }

    @Test
    void answersItsVersion() {
        assertThat(nzbget.version().block()).matches("\\d+\\.\\d+.*");
    }

    @Test
    void reportsJobsByTheArrsIdsFromQueueToFailureInTheHistory() {
        long withoutDrone = nzbget.append("Home.Video.2019.nzb", NzbFile.withMissingArticles("home"), "", null)
                .block();
        nzbget.append("Dune.Part.Two.2024.2160p.nzb", NzbFile.withMissingArticles("dune"), "movies", DRONE)
                .block();
        String byNzbId = Long.toString(withoutDrone);

        // The news server holds its greeting, so nothing can fail yet.
        assertThat(nzbget.queue().block())
                .extracting(ClientJob::id, ClientJob::name, ClientJob::size)
                .containsExactlyInAnyOrder(
                        tuple(byNzbId, "Home.Video.2019", 1_000_000L),
                        tuple(DRONE, "Dune.Part.Two.2024.2160p", 1_000_000L));
        assertThat(nzbget.queue().block())
                .allSatisfy(job -> assertThat(job.state()).isIn(JobState.QUEUED, JobState.DOWNLOADING));

        news.open();

        ClientJob dune = awaitInHistory(DRONE);
        assertThat(dune.state()).isEqualTo(JobState.FAILED);
        assertThat(dune.failure()).isEqualTo("FAILURE/HEALTH");
        assertThat(dune.stateDetail()).isEqualTo("FAILURE/HEALTH");
        assertThat(dune.name()).isEqualTo("Dune.Part.Two.2024.2160p");
        assertThat(awaitInHistory(byNzbId).state()).isEqualTo(JobState.FAILED);
        assertThat(nzbget.queue().block()).isEmpty();
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        AdapterFailure failure =
                failureOf(client(daemon.baseUrl(), "not-the-password").queue());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.getMessage()).contains("NZBGet").doesNotContain("not-the-password");
    }

    @Test
    void aDaemonThatIsNotRunningIsUnreachable() {
        AdapterFailure failure =
                failureOf(client(closedPortUrl(), NzbgetDaemon.PASSWORD).history());

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.retryable()).isTrue();
    }

    private static ClientJob awaitInHistory(String id) {
        return poll(() -> nzbget.history().block().stream()
                .filter(job -> job.id().equals(id))
                .findFirst());
    }

    private static <T> T poll(Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(FAILURE_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("not in NZBGet's history within " + FAILURE_WITHIN);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
