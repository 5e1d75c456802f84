package dev.callsheet.adapters.nzbget;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real NZBGet (Debian's v21, {@code /usr/bin/nzbget}) running in the foreground on a free loopback
 * port, with a configuration written under a temporary folder and one news server: {@code newsPort}
 * on loopback. Where NZBGet is not installed the tests are skipped, except on CI ({@code CI=true}),
 * where that is a failure: CI installs it ({@code .ci/run}) and must never pass by skipping.
 */
public final class NzbgetDaemon implements AutoCloseable {

    public static final String USERNAME = "callsheet";
    public static final String PASSWORD = "c0ntr0l-Pa55word";
    private static final Path BINARY = Path.of("/usr/bin/nzbget");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final URI rpc;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private NzbgetDaemon(Process process, URI rpc, Path log) {
        this.process = process;
        this.rpc = rpc;
        this.log = log;
    }

    public static NzbgetDaemon start(Path dir, int newsPort) throws IOException, InterruptedException {
        return start(dir, newsPort, List.of());
    }

    /** With more configuration lines ({@code Extensions=…}); the script directory is {@code <dir>/scripts}. */
    public static NzbgetDaemon start(Path dir, int newsPort, List<String> more)
            throws IOException, InterruptedException {
        requireInstalled();
        int port = freePort();
        Path config = dir.resolve("nzbget.conf");
        var lines = new ArrayList<>(configuration(dir, port, newsPort));
        lines.addAll(more);
        Files.write(config, lines, StandardCharsets.UTF_8);
        Path output = dir.resolve("nzbget.out");
        Process process = new ProcessBuilder(BINARY.toString(), "-s", "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        NzbgetDaemon daemon = new NzbgetDaemon(process, URI.create("http://127.0.0.1:" + port + "/jsonrpc"), output);
        daemon.awaitAnswer();
        return daemon;
    }

    /** Where NZBGet answers, without a path: the client adds {@code /jsonrpc}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + rpc.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            rpc("shutdown");
        } catch (IOException alreadyGone) {
            // Killed below either way.
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void requireInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String message = BINARY + " is not installed (apt-get install nzbget): the NZBGet tests need the real one";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + "; CI must install it (.ci/run)");
        }
        Assumptions.abort(message + "; skipped outside CI");
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nzbget exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (rpc("version") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("nzbget did not answer within " + START_TIMEOUT + ":\n" + output());
    }

    private int rpc(String method) throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(rpc)
                .header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"" + method + "\",\"params\":[],\"id\":1}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }

    // Fails fast: no article retries, a job whose health drops below critical is deleted (and shows
    // in the history as FAILURE/HEALTH), no disk-space pause, no NZB folder scan.
    private static List<String> configuration(Path dir, int port, int newsPort) {
        return List.of(
                "MainDir=" + dir,
                "DestDir=" + dir.resolve("complete"),
                "InterDir=" + dir.resolve("intermediate"),
                "NzbDir=" + dir.resolve("nzb"),
                "QueueDir=" + dir.resolve("queue"),
                "TempDir=" + dir.resolve("tmp"),
                "ScriptDir=" + dir.resolve("scripts"),
                "LockFile=" + dir.resolve("nzbget.lock"),
                "LogFile=" + dir.resolve("nzbget.log"),
                "WebDir=",
                "ConfigTemplate=",
                "ControlIP=127.0.0.1",
                "ControlPort=" + port,
                "ControlUsername=" + USERNAME,
                "ControlPassword=" + PASSWORD,
                "Server1.Active=yes",
                "Server1.Host=127.0.0.1",
                "Server1.Port=" + newsPort,
                "Server1.Connections=1",
                "Server1.Level=0",
                "ArticleRetries=0",
                "ArticleInterval=1",
                "UrlRetries=0",
                "HealthCheck=delete",
                "DiskSpace=0",
                "NzbDirInterval=0",
                "OutputMode=loggable",
                "WriteLog=append");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
