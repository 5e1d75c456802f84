package dev.callsheet.adapters.qbittorrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/** Against a real qbittorrent-nox: torrents made here, checked and completed (or not) by it. */
class QbittorrentClientTest {

    private static final Set<String> QBITTORRENT_STATES = Set.of(
            "error",
            "missingFiles",
            "uploading",
            "pausedUP",
            "stoppedUP",
            "queuedUP",
            "stalledUP",
            "checkingUP",
            "forcedUP",
            "allocating",
            "downloading",
            "metaDL",
            "forcedMetaDL",
            "pausedDL",
            "stoppedDL",
            "queuedDL",
            "stalledDL",
            "checkingDL",
            "forcedDL",
            "checkingResumeData",
            "moving",
            "unknown");

    @TempDir
    static Path dir;

    static QbittorrentNox nox;

    private final QbittorrentClient client =
            new QbittorrentClient(nox.endpoint(QbittorrentNox.PASSWORD), WebClient.builder());

    @BeforeAll
    static void startQbittorrent() throws IOException, InterruptedException {
        nox = QbittorrentNox.start(Files.createDirectories(dir.resolve("profile")));
    }

    @AfterAll
    static void stopQbittorrent() throws InterruptedException {
        if (nox != null) {
            nox.close();
        }
    }

    @Test
    void logsInAndReadsTheApiVersion() {
        assertThat(client.version().block()).matches("2\\.\\d+\\.\\d+");
    }

    @Test
    void completesATorrentWhoseDataIsPresent() throws Exception {
        Path data = Files.createDirectories(dir.resolve("present"));
        TorrentFile torrent = TorrentFile.of(randomFile(data.resolve("present.mkv"), 200_000));

        nox.add(torrent, data);

        ClientJob job = syncUntil(torrent.infoHash(), j -> j.state() == JobState.COMPLETED);
        assertThat(job.name()).isEqualTo("present.mkv");
        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(job.size()).isEqualTo(200_000L);
        assertThat(job.failure()).isNull();
    }

    @Test
    void leavesATorrentWhoseDataIsAbsentIncomplete() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        TorrentFile torrent = TorrentFile.of(randomFile(elsewhere.resolve("absent.mkv"), 100_000));

        nox.add(torrent, Files.createDirectories(dir.resolve("empty")));

        ClientJob job = syncUntil(torrent.infoHash(), j -> !j.stateDetail().startsWith("checking"));
        assertThat(job.state()).isIn(JobState.DOWNLOADING, JobState.STALLED, JobState.QUEUED);
        assertThat(job.stateDetail()).isIn(QBITTORRENT_STATES);
        assertThat(job.progress()).isLessThan(1.0);
    }

    @Test
    void sendsOnlyChangesAfterTheFirstFullUpdate() throws Exception {
        Path data = Files.createDirectories(dir.resolve("incremental"));
        TorrentFile torrent = TorrentFile.of(randomFile(data.resolve("incremental.mkv"), 50_000));
        nox.add(torrent, data);
        syncUntil(torrent.infoHash(), j -> j.state() == JobState.COMPLETED);

        QbittorrentSync first = client.sync(QbittorrentSync.START).block();
        QbittorrentSync second = client.sync(first).block();
        QbittorrentSync third = client.sync(second).block();

        assertThat(first.fullUpdate()).isTrue();
        assertThat(second.fullUpdate()).isFalse();
        assertThat(second.rid()).isGreaterThan(first.rid());
        assertThat(third.rid()).isGreaterThan(second.rid());
        assertThat(second.jobs()).isEqualTo(first.jobs());
        assertThat(third.jobs()).isEqualTo(second.jobs());
        assertThat(third.removed()).isEmpty();
    }

    @Test
    void reportsARemovedTorrent() throws Exception {
        Path data = Files.createDirectories(dir.resolve("removed"));
        TorrentFile torrent = TorrentFile.of(randomFile(data.resolve("removed.mkv"), 30_000));
        nox.add(torrent, data);
        QbittorrentSync before = syncUntilPresent(torrent.infoHash());

        nox.remove(torrent.infoHash());

        QbittorrentSync after = client.sync(before).block();
        assertThat(after.removed()).contains(torrent.infoHash());
        assertThat(after.jobs()).doesNotContainKey(torrent.infoHash());
    }

    @Test
    void refusesAWrongPasswordAsUnauthorized() {
        // One bad attempt only: qBittorrent bans the address after five.
        String wrong = "Wrong-password-42";
        QbittorrentClient wrongPassword = new QbittorrentClient(nox.endpoint(wrong), WebClient.builder());

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class,
                () -> wrongPassword.sync(QbittorrentSync.START).block());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage())
                .doesNotContain(wrong)
                .contains(nox.baseUrl().toString());
        assertThat(wrongPassword.toString()).doesNotContain(wrong);
    }

    @Test
    void findsAStoppedQbittorrentUnreachable() throws Exception {
        QbittorrentNox stopped = QbittorrentNox.start(Files.createDirectories(dir.resolve("stopped-profile")));
        QbittorrentClient toStopped =
                new QbittorrentClient(stopped.endpoint(QbittorrentNox.PASSWORD), WebClient.builder());
        QbittorrentSync running = toStopped.sync(QbittorrentSync.START).block();

        stopped.close();

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> toStopped.sync(running).block());
        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).doesNotContain(QbittorrentNox.PASSWORD);
    }

    private ClientJob syncUntil(String id, Predicate<ClientJob> done) throws InterruptedException {
        QbittorrentSync sync = QbittorrentSync.START;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            sync = client.sync(sync).block();
            ClientJob job = sync.jobs().get(id);
            if (job != null && done.test(job)) {
                return job;
            }
            assertThat(Instant.now())
                    .as("waiting for %s, last seen %s", id, job)
                    .isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private QbittorrentSync syncUntilPresent(String id) throws InterruptedException {
        QbittorrentSync sync = QbittorrentSync.START;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!sync.jobs().containsKey(id)) {
            assertThat(Instant.now()).as("waiting for %s to appear", id).isBefore(deadline);
            Thread.sleep(100);
            sync = client.sync(sync).block();
        }
        return sync;
    }

    private static Path randomFile(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(file, bytes);
    }
}
