package dev.callsheet.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.download.report.JobListing;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.WatcherObservation.ClientReachable;
import dev.callsheet.events.download.WatcherObservation.ClientUnreachable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** One watcher against a scripted client and a writer that fails on demand. */
class ClientWatcherTest {

    private static final String QBITTORRENT_URL = "http://qbittorrent:8080";

    private final AtomicReference<Mono<JobListing>> answer = new AtomicReference<>();
    private final Observations written = new Observations();
    private final ClientWatcher watcher = watcher(Duration.ofMillis(50));

    private ClientWatcher watcher(Duration timeout) {
        var instance = new WatchedInstance(
                SourceKind.QBITTORRENT, "seedbox", "qBittorrent", QBITTORRENT_URL, timeout, answer::get);
        return new ClientWatcher(instance, Observations.SETTINGS, written, Observations.CLOCK);
    }

    private void clientLists(ClientJob... jobs) {
        answer.set(Mono.just(JobListing.of(List.of(jobs))));
    }

    private void clientFails(Kind kind, String message) {
        answer.set(Mono.error(new AdapterFailure(kind, message, null)));
    }

    private static ClientJob job(String id, JobState state, double progress) {
        return new ClientJob(id, "Dune.mkv", state, progress, 1_000L, null, 0, state.id(), null);
    }

    @Nested
    class Reading {

        @Test
        void writesReachableOnceThenEachJobsReportsAsJobChanged() {
            clientLists(job("A", JobState.DOWNLOADING, 0.1));
            watcher.poll();
            clientLists(job("A", JobState.COMPLETED, 1));
            watcher.poll();
            watcher.poll();

            assertThat(written.observations()).first().isEqualTo(new ClientReachable());
            assertThat(written.jobChanges()).containsExactly("added A", "completed A");
            assertThat(written.sources()).containsOnly("qbittorrent/seedbox");
        }

        @Test
        void pollsOftenWhileAJobIsOnItsWayAndSeldomOtherwise() {
            clientLists(job("A", JobState.DOWNLOADING, 0.1));
            assertThat(watcher.poll()).isEqualTo(Observations.SETTINGS.pollBusy());

            clientLists(job("A", JobState.COMPLETED, 1), job("B", JobState.PAUSED, 0));
            assertThat(watcher.poll()).isEqualTo(Observations.SETTINGS.pollIdle());
        }
    }

    @Nested
    class WhenWritesFail {

        @Test
        void decidesAnUnwrittenReportAgainAtTheNextPoll() {
            clientLists(job("A", JobState.DOWNLOADING, 0.1));
            watcher.poll();
            clientLists(job("A", JobState.COMPLETED, 1));
            written.failWrite(0);

            assertThat(watcher.poll()).isEqualTo(Observations.SETTINGS.pollBusy());
            watcher.poll();

            assertThat(written.jobChanges()).containsExactly("added A", "completed A");
        }

        @Test
        void remembersTheJobsWhoseReportsWereWrittenBeforeTheFailure() {
            clientLists(job("A", JobState.QUEUED, 0), job("B", JobState.QUEUED, 0));
            written.failWrite(2);
            watcher.poll();
            watcher.poll();

            assertThat(written.jobChanges()).containsExactly("added A", "added B");
        }

        @Test
        void writesReachableBeforeAnyReport() {
            clientLists(job("A", JobState.QUEUED, 0));
            written.failWrite(0);
            watcher.poll();
            watcher.poll();

            assertThat(written.observations()).first().isEqualTo(new ClientReachable());
            assertThat(written.jobChanges()).containsExactly("added A");
        }
    }

    @Nested
    class WhenTheClientFails {

        @Test
        void backsOffDoublingFromPollBusyToBackoffMax() {
            clientFails(Kind.UNREACHABLE, "qBittorrent at " + QBITTORRENT_URL + " could not be reached");

            List<Duration> waits =
                    IntStream.range(0, 8).mapToObj(i -> watcher.poll()).toList();

            assertThat(waits).extracting(Duration::toSeconds).containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 300L, 300L);
        }

        @Test
        void writesUnreachableOncePerKindOfProblemAndReachableWhenItRecovers() {
            clientFails(Kind.UNREACHABLE, "qBittorrent at " + QBITTORRENT_URL + " could not be reached");
            watcher.poll();
            watcher.poll();
            clientFails(Kind.UNAUTHORIZED, "qBittorrent at " + QBITTORRENT_URL + " refused the username or password");
            watcher.poll();
            watcher.poll();
            clientLists();
            watcher.poll();
            watcher.poll();

            assertThat(written.observations())
                    .containsExactly(
                            new ClientUnreachable(
                                    "qBittorrent at http://qbittorrent:8080 could not be reached; retrying in 5 s"),
                            new ClientUnreachable(
                                    "qBittorrent at http://qbittorrent:8080 refused the username or password; retrying in 20 s"),
                            new ClientReachable());
        }

        @Test
        void namesTheClientsVersionOnceWhenItsAnswerCannotBeRead() {
            AtomicInteger asked = new AtomicInteger();
            var instance = new WatchedInstance(
                    SourceKind.QBITTORRENT,
                    "seedbox",
                    "qBittorrent",
                    QBITTORRENT_URL,
                    Duration.ofMillis(50),
                    new ClientJobs() {
                        @Override
                        public Mono<JobListing> read() {
                            return answer.get();
                        }

                        @Override
                        public Mono<String> version() {
                            return Mono.fromSupplier(() -> "v5.0." + asked.incrementAndGet());
                        }
                    });
            var versioned = new ClientWatcher(instance, Observations.SETTINGS, written, Observations.CLOCK);
            clientFails(Kind.UNREADABLE, "qBittorrent at " + QBITTORRENT_URL + " gave an unreadable answer");

            versioned.poll();
            versioned.poll();
            clientFails(Kind.UNREACHABLE, "qBittorrent at " + QBITTORRENT_URL + " could not be reached");
            versioned.poll();

            assertThat(written.observations())
                    .containsExactly(
                            new ClientUnreachable("qBittorrent at http://qbittorrent:8080 gave an unreadable answer"
                                    + " (qBittorrent version v5.0.1); retrying in 5 s"),
                            new ClientUnreachable(
                                    "qBittorrent at http://qbittorrent:8080 could not be reached; retrying in 20 s"));
            assertThat(asked).as("asked only for the message shown").hasValue(1);
        }

        @Test
        void saysTheVersionIsNotKnownWhenTheClientCannotBeAsked() {
            clientFails(Kind.UNREADABLE, "unreadable");

            watcher.poll();

            assertThat(written.observations())
                    .containsExactly(
                            new ClientUnreachable("unreadable (qBittorrent version not known); retrying in 5 s"));
        }

        @Test
        void startsBackingOffAfreshAfterARecovery() {
            clientFails(Kind.UNREACHABLE, "down");
            watcher.poll();
            watcher.poll();
            clientLists();
            watcher.poll();
            clientFails(Kind.UNREACHABLE, "down");

            assertThat(watcher.poll()).isEqualTo(Observations.SETTINGS.pollBusy());
        }

        @Test
        void writesUnreachableAgainWhenTheBrokerDidNotTakeIt() {
            clientFails(Kind.UNREACHABLE, "down");
            written.failWrite(0);
            watcher.poll();
            watcher.poll();

            assertThat(written.observations()).containsExactly(new ClientUnreachable("down; retrying in 10 s"));
        }

        @Test
        void findsAClientThatNeverAnswersUnreachable() {
            answer.set(Mono.never());

            watcher.poll();

            assertThat(written.observations())
                    .containsExactly(new ClientUnreachable(
                            "qBittorrent at http://qbittorrent:8080 did not answer within 200 ms; retrying in 5 s"));
        }

        @Test
        void writesNothingWhenTheApplicationStopsItDuringARead() throws InterruptedException {
            answer.set(Mono.never());
            ClientWatcher slow = watcher(Duration.ofMinutes(1));
            AtomicReference<Duration> waited = new AtomicReference<>();
            Thread poll = Thread.ofPlatform().start(() -> waited.set(slow.poll()));

            Thread.sleep(200);
            poll.interrupt();
            poll.join(5_000);

            assertThat(waited.get()).isNotNull();
            assertThat(written.observations()).isEmpty();
        }
    }
}
