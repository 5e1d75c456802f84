package dev.callsheet.download;

import static dev.callsheet.download.Watching.pollUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.qbittorrent.QbittorrentNox;
import dev.callsheet.adapters.qbittorrent.TorrentFile;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.WatcherObservation.ClientReachable;
import dev.callsheet.events.download.WatcherObservation.ClientUnreachable;
import dev.callsheet.source.InstanceProperties.Instance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watcher of a real qbittorrent-nox (skipped where it is not installed, except on CI). */
class QbittorrentWatcherTest {

    @TempDir
    static Path dir;

    private static QbittorrentNox nox;

    private final Observations written = new Observations();

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

    private static Instance instance(QbittorrentNox qbittorrent, String password) {
        return new Instance(
                SourceKind.QBITTORRENT,
                qbittorrent.baseUrl(),
                null,
                QbittorrentNox.USERNAME,
                password,
                false,
                Duration.ofSeconds(5));
    }

    private ClientWatcher watcher(DownloadsProperties settings) {
        return Watching.watcher("qbittorrent", instance(nox, QbittorrentNox.PASSWORD), settings, written);
    }

    @Test
    void reportsATorrentWhoseDataIsPresentAddedThenCompleted() throws Exception {
        Path data = Files.createDirectories(dir.resolve("present"));
        TorrentFile torrent = TorrentFile.of(randomFile(data.resolve("present.mkv"), 200_000));
        ClientWatcher watcher = watcher(Observations.SETTINGS);
        // Added paused, so that the watcher sees it before qBittorrent has checked the data.
        nox.add(torrent, data, true);
        pollUntil(watcher, () -> !written.reports(torrent.infoHash()).isEmpty(), "the torrent to be added");

        nox.resume(torrent.infoHash());
        pollUntil(
                watcher,
                () -> written.changes(torrent.infoHash()).contains(ClientChange.COMPLETED),
                "the torrent to complete");

        assertThat(written.changes(torrent.infoHash()))
                .startsWith(ClientChange.ADDED)
                .endsWith(ClientChange.COMPLETED)
                .doesNotContain(ClientChange.STALLED, ClientChange.FAILED, ClientChange.REMOVED);
        ClientReport completed = written.reports(torrent.infoHash()).getLast();
        assertThat(completed.state()).isEqualTo(JobState.COMPLETED);
        assertThat(completed.name()).isEqualTo("present.mkv");
        assertThat(completed.progress()).isEqualTo(1.0);
        assertThat(completed.size()).isEqualTo(200_000L);
        assertThat(written.observations()).first().isEqualTo(new ClientReachable());
    }

    @Test
    void reportsATorrentWhoseDataIsAbsentStalled() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        TorrentFile torrent = TorrentFile.of(randomFile(elsewhere.resolve("absent.mkv"), 100_000));
        ClientWatcher watcher = watcher(Observations.stallingAfter(Duration.ofSeconds(2)));

        nox.add(torrent, Files.createDirectories(dir.resolve("empty")));
        pollUntil(
                watcher,
                () -> written.changes(torrent.infoHash()).contains(ClientChange.STALLED),
                "the torrent to stall");

        ClientReport stalled = written.reports(torrent.infoHash()).getLast();
        assertThat(stalled.state()).isEqualTo(JobState.STALLED);
        // With no peer at all, qBittorrent says stalledDL before the watcher's own clock runs out.
        assertThat(stalled.reason()).isIn("qBittorrent reports stalledDL", "no data for 2 s");
        assertThat(stalled.progress()).isLessThan(1.0);
        assertThat(written.changes(torrent.infoHash())).containsOnlyOnce(ClientChange.STALLED);
    }

    @Test
    void reportsARemovedTorrent() throws Exception {
        Path data = Files.createDirectories(dir.resolve("removed"));
        TorrentFile torrent = TorrentFile.of(randomFile(data.resolve("removed.mkv"), 30_000));
        ClientWatcher watcher = watcher(Observations.SETTINGS);
        nox.add(torrent, data, true);
        pollUntil(watcher, () -> !written.reports(torrent.infoHash()).isEmpty(), "the torrent to be added");

        nox.remove(torrent.infoHash());
        pollUntil(
                watcher,
                () -> written.changes(torrent.infoHash()).contains(ClientChange.REMOVED),
                "the torrent to be removed");

        assertThat(written.reports(torrent.infoHash()).getLast().name()).isEqualTo("removed.mkv");
    }

    @Test
    void saysUnreachableWhileThePasswordIsWrongAndReachableOnceItIsRight() throws Exception {
        String wrong = "Wrong-password-42";
        QbittorrentNox other = QbittorrentNox.start(Files.createDirectories(dir.resolve("other-profile")));
        try {
            // qBittorrent bans an address after five failed logins, the harness's own included.
            other.allowFailedLogins(100);
            ClientWatcher watcher =
                    Watching.watcher("qbittorrent", instance(other, wrong), Observations.SETTINGS, written);

            assertThat(watcher.poll()).isEqualTo(Duration.ofSeconds(5));
            assertThat(watcher.poll()).isEqualTo(Duration.ofSeconds(10));
            other.changePassword(wrong);
            watcher.poll();

            assertThat(written.observations())
                    .containsExactly(
                            new ClientUnreachable("qBittorrent at " + other.baseUrl()
                                    + " refused the username or password (POST /api/v2/auth/login); retrying in 5 s"),
                            new ClientReachable());
            assertThat(written.observations().toString()).doesNotContain(wrong);
        } finally {
            other.close();
        }
    }

    private static Path randomFile(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(file, bytes);
    }
}
