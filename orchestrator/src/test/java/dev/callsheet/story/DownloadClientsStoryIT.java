package dev.callsheet.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.nzbget.FakeNewsServer;
import dev.callsheet.adapters.nzbget.NzbFile;
import dev.callsheet.adapters.nzbget.NzbgetClient;
import dev.callsheet.adapters.nzbget.NzbgetDaemon;
import dev.callsheet.adapters.qbittorrent.QbittorrentNox;
import dev.callsheet.adapters.qbittorrent.TorrentFile;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real download clients reporting to the real application: a qBittorrent that completes one torrent
 * and stalls on another, and an NZBGet whose job fails, each heard both by Callsheet's watcher and by
 * the script the client runs. The script reports under a second, unwatched instance name, so that
 * {@code /api/sources} shows each way in on its own.
 */
class DownloadClientsStoryIT {

    private static final String SCRIPT_TOKEN = "script-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCRIPTS =
            Path.of("..", "scripts").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private RunningCallsheet callsheet;

    @AfterEach
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void qbittorrentCompletesOneTorrentAndStallsOnAnother() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path present = Files.write(data.resolve("Dune.Part.Two.2024.mkv"), bytes(300_000, 7));
        Path absent = Files.write(dir.resolve("Dune.2021.mkv"), bytes(200_000, 3));
        TorrentFile complete = TorrentFile.of(present);
        TorrentFile stalled = TorrentFile.of(absent);
        try (QbittorrentNox qbittorrent = QbittorrentNox.start(Files.createDirectories(dir.resolve("qbt")))) {
            callsheet = RunningCallsheet.start(
                    dir.resolve("callsheet"),
                    Map.of(
                            "callsheet.intake.scripts.token", SCRIPT_TOKEN,
                            "callsheet.instances.qbittorrent.kind", "qbittorrent",
                            "callsheet.instances.qbittorrent.url", qbittorrent.baseUrl(),
                            "callsheet.instances.qbittorrent.username", QbittorrentNox.USERNAME,
                            "callsheet.instances.qbittorrent.password", QbittorrentNox.PASSWORD,
                            "callsheet.instances.qbit-script.kind", "qbittorrent",
                            "callsheet.downloads.poll-busy", "1s",
                            "callsheet.downloads.progress-interval", "1s",
                            "callsheet.downloads.stall-after", "3s"));
            Path script = installed("qbittorrent/callsheet-qbittorrent.sh", "/webhooks/qbittorrent/qbit-script");
            String fields = " \"hash=%I\" \"name=%N\" \"category=%L\" \"size=%Z\" \"save_path=%D\"";
            qbittorrent.runExternalProgram(script + " event=added" + fields, script + " event=finished" + fields);

            var dune = new DownloadStory(
                    "overseerr-127", 693134, complete.infoHash().toUpperCase(), "qBittorrent");
            var dune2021 = new DownloadStory(
                    "overseerr-129", 438631, stalled.infoHash().toUpperCase(), "qBittorrent");
            dune.searching(callsheet);
            dune2021.searching(callsheet);
            // qBittorrent hears of a torrent before Radarr's Grab reaches Callsheet: its reports wait for the grab.
            qbittorrent.add(complete, data);
            qbittorrent.add(stalled, data);
            dune.grabbed(callsheet);
            dune2021.grabbed(callsheet);

            await().atMost(DownloadStory.PATIENCE).untilAsserted(() -> {
                assertThat(dune.downloadStatus(callsheet))
                        .containsEntry("state", "completed")
                        .containsEntry("health", "ok")
                        .containsEntry("progress", 100.0);
                assertThat(summaries(dune))
                        .anySatisfy(summary -> assertThat(summary).startsWith("Download completed in qBittorrent"));
            });
            await().atMost(DownloadStory.PATIENCE).untilAsserted(() -> {
                assertThat(dune2021.downloadStatus(callsheet)).containsEntry("health", "stalled");
                assertThat(summaries(dune2021))
                        .anySatisfy(summary -> assertThat(summary).startsWith("Download stalled"));
            });
            assertThat(dune.view(callsheet)).containsEntry("state", "downloading");
            await().atMost(DownloadStory.PATIENCE).untilAsserted(() -> {
                assertThat(source("qbittorrent/qbittorrent")).containsEntry("health", "ok");
                assertThat((String) source("qbittorrent/qbittorrent").get("lastEventType"))
                        .startsWith("watcher:");
                assertThat(source("qbittorrent/qbit-script"))
                        .containsEntry("lastEventType", "script:completed")
                        .containsEntry("deliveries", 3);
            });
            assertThat(ApiReads.api(callsheet, "/api/downloads/unknown").body()).isEqualTo("[]");
            assertThat(ApiReads.api(callsheet, "/api/deadletters").body()).isEqualTo("[]");
        }
    }

    @Test
    void nzbgetFailsAJobWhoseArticlesAreGone() throws Exception {
        String drone = "7d5c1f3e0b6a4c2e9f8a1b2c3d4e5f60";
        try (FakeNewsServer news = new FakeNewsServer()) {
            news.open();
            Path nzbgetDir = Files.createDirectories(dir.resolve("nzbget"));
            Path scripts = Files.createDirectories(nzbgetDir.resolve("scripts"));
            copy(SCRIPTS.resolve("nzbget/Callsheet.sh"), scripts.resolve("Callsheet.sh"));
            int port = freePort();
            try (NzbgetDaemon nzbget = NzbgetDaemon.start(
                    nzbgetDir,
                    news.port(),
                    List.of(
                            "Extensions=Callsheet.sh",
                            "Callsheet.sh:Url=http://127.0.0.1:" + port + "/webhooks/nzbget/nzbget-script",
                            "Callsheet.sh:Token=" + SCRIPT_TOKEN))) {
                callsheet = RunningCallsheet.start(
                        dir.resolve("callsheet"),
                        Map.of(
                                "server.port",
                                port,
                                "callsheet.intake.scripts.token",
                                SCRIPT_TOKEN,
                                "callsheet.instances.nzbget.kind",
                                "nzbget",
                                "callsheet.instances.nzbget.url",
                                nzbget.baseUrl(),
                                "callsheet.instances.nzbget.username",
                                NzbgetDaemon.USERNAME,
                                "callsheet.instances.nzbget.password",
                                NzbgetDaemon.PASSWORD,
                                "callsheet.instances.nzbget-script.kind",
                                "nzbget",
                                "callsheet.downloads.poll-busy",
                                "1s"));
                var dune = new DownloadStory("overseerr-127", 693134, drone, "NZBGet");
                dune.searching(callsheet);
                dune.grabbed(callsheet);
                var client = new NzbgetClient(
                        new ApiEndpoint(URI.create(nzbget.baseUrl()), NzbgetDaemon.PASSWORD, Duration.ofSeconds(10)),
                        NzbgetDaemon.USERNAME,
                        WebClient.builder());
                client.append("Dune.Part.Two.2024.2160p.nzb", NzbFile.withMissingArticles("dune"), "movies", drone)
                        .block(Duration.ofSeconds(10));

                dune.reached(callsheet, "failed");
                assertThat(dune.downloadStatus(callsheet))
                        .containsEntry("health", "failed")
                        .containsEntry("source", "nzbget");
                assertThat(summaries(dune)).anySatisfy(summary -> assertThat(summary)
                        .startsWith("Download failed in NZBGet: ")
                        .contains("HEALTH"));
                await().atMost(DownloadStory.PATIENCE).untilAsserted(() -> {
                    assertThat((String) source("nzbget/nzbget-script").get("lastEventType"))
                            .isIn("script:failed", "script:removed");
                    assertThat((String) source("nzbget/nzbget").get("lastEventType"))
                            .startsWith("watcher:");
                });
                assertThat(ApiReads.api(callsheet, "/api/downloads/unknown").body())
                        .isEqualTo("[]");
            }
        }
    }

    private List<String> summaries(DownloadStory story) {
        return ApiReads.timeline(callsheet, story.request()).stream()
                .map(entry -> (String) entry.get("summary"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> source(String key) {
        var sources = JSON.readValue(ApiReads.api(callsheet, "/api/sources").body(), List.class);
        return ((List<Map<String, Object>>) sources)
                .stream()
                        .filter(source -> key.equals(source.get("source") + "/" + source.get("instance")))
                        .findFirst()
                        .orElse(Map.of());
    }

    /** The shipped script, beside a {@code callsheet.conf} that sends to {@code path} with the token. */
    private Path installed(String script, String path) throws IOException {
        Path home = Files.createDirectories(dir.resolve("scripts"));
        Path installed = home.resolve(Path.of(script).getFileName());
        copy(SCRIPTS.resolve(script), installed);
        Files.writeString(
                home.resolve("callsheet.conf"), "url=" + callsheet.baseUrl() + path + "\ntoken=" + SCRIPT_TOKEN + "\n");
        return installed;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to);
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
