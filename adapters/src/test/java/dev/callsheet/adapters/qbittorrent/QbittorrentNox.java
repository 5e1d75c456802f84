package dev.callsheet.adapters.qbittorrent;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code qbittorrent-nox} for tests: a throw-away profile, the WebUI on a free loopback port
 * with a preset password, and no peer discovery, so it talks to nothing but the test.
 */
public final class QbittorrentNox implements AutoCloseable {

    private static final String FORM = "application/x-www-form-urlencoded";

    static final Path BINARY = Path.of("/usr/bin/qbittorrent-nox");
    public static final String USERNAME = "callsheet";
    public static final String PASSWORD = "Known-test-password-7";
    private static final String EXTERNAL_PROGRAM = """
            {"autorun_on_torrent_added_enabled":true,"autorun_on_torrent_added_program":%s,\
            "autorun_enabled":true,"autorun_program":%s}""";

    private final Process process;
    private final Path profile;
    private final URI baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private volatile String password = PASSWORD;

    private QbittorrentNox(Process process, Path profile, URI baseUrl) {
        this.process = process;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts qBittorrent with its profile under {@code profile} and waits until the WebUI answers.
     * Without the binary the test is skipped, except on CI ({@code CI=true}), where that is a failure.
     */
    public static QbittorrentNox start(Path profile) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            String why = BINARY + " is not installed (apt-get install qbittorrent-nox; .ci/run does it)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + ": CI must run the real qBittorrent tests");
            }
            Assumptions.abort(why + ": skipping the real qBittorrent tests");
        }
        int port = freePort();
        Path config = profile.resolve("qBittorrent/config/qBittorrent.conf");
        Files.createDirectories(config.getParent());
        Files.writeString(config, config(profile, port, freePort()));
        Process process = new ProcessBuilder(BINARY.toString(), "--profile=" + profile, "--webui-port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("qbittorrent.out").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        QbittorrentNox nox = new QbittorrentNox(process, profile, URI.create("http://127.0.0.1:" + port));
        nox.awaitWebUi();
        return nox;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public QbittorrentEndpoint endpoint(String password) {
        return new QbittorrentEndpoint(baseUrl, USERNAME, password, Duration.ofSeconds(5));
    }

    /** Adds {@code torrent} (started) with its data expected under {@code savePath}. */
    public void add(TorrentFile torrent, Path savePath) throws IOException, InterruptedException {
        add(torrent, savePath, false);
    }

    /** Adds {@code torrent}, paused or started, with its data expected under {@code savePath}. */
    public void add(TorrentFile torrent, Path savePath, boolean paused) throws IOException, InterruptedException {
        String boundary = "callsheet" + System.nanoTime();
        byte[] head = (part(boundary, "savepath") + savePath + "\r\n" + part(boundary, "paused") + paused + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"t.torrent\"\r\n"
                        + "Content-Type: application/x-bittorrent\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        post(
                "/api/v2/torrents/add",
                "multipart/form-data; boundary=" + boundary,
                BodyPublishers.concat(
                        BodyPublishers.ofByteArray(head),
                        BodyPublishers.ofByteArray(torrent.bytes()),
                        BodyPublishers.ofByteArray(tail)));
    }

    /** Starts a paused torrent (4.x's {@code resume}). */
    public void resume(String infoHash) throws IOException, InterruptedException {
        post("/api/v2/torrents/resume", FORM, BodyPublishers.ofString("hashes=" + infoHash.toLowerCase()));
    }

    /** Lets that many failed logins pass before qBittorrent bans the address, which the harness shares. */
    public void allowFailedLogins(int count) throws IOException, InterruptedException {
        setPreferences("{\"web_ui_max_auth_fail_count\":%d}".formatted(count));
    }

    /** Changes the WebUI password; the harness logs in with the new one from then on. */
    public void changePassword(String newPassword) throws IOException, InterruptedException {
        setPreferences("{\"web_ui_password\":\"%s\"}".formatted(newPassword));
        password = newPassword;
    }

    /** Removes the torrent from qBittorrent, keeping its files. */
    public void remove(String infoHash) throws IOException, InterruptedException {
        post(
                "/api/v2/torrents/delete",
                FORM,
                BodyPublishers.ofString("hashes=" + infoHash.toLowerCase() + "&deleteFiles=false"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Runs {@code onAdded} when a torrent is added and {@code onFinished} when one finishes
     * ("Run external program"), each a command line qBittorrent splits into arguments itself.
     */
    public void runExternalProgram(String onAdded, String onFinished) throws IOException, InterruptedException {
        setPreferences(EXTERNAL_PROGRAM.formatted(json(onAdded), json(onFinished)));
    }

    private static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void setPreferences(String json) throws IOException, InterruptedException {
        post(
                "/api/v2/app/setPreferences",
                FORM,
                BodyPublishers.ofString("json=" + URLEncoder.encode(json, StandardCharsets.UTF_8)));
    }

    private void post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        login();
        var response = http.send(
                HttpRequest.newBuilder(baseUrl.resolve(path))
                        .header("Content-Type", contentType)
                        .POST(body)
                        .build(),
                BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().strip().equals("Fails.")) {
            throw new IllegalStateException(
                    "qBittorrent refused " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private void login() throws IOException, InterruptedException {
        String form = "username=" + USERNAME + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(baseUrl.resolve("/api/v2/auth/login"))
                        .header("Content-Type", FORM)
                        .POST(BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
        if (!response.body().strip().equals("Ok.")) {
            throw new IllegalStateException("the harness could not log in: " + response.body());
        }
    }

    private void awaitWebUi() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("qbittorrent-nox exited: " + log());
            }
            try {
                http.send(
                        HttpRequest.newBuilder(baseUrl.resolve("/api/v2/app/webapiVersion"))
                                .timeout(Duration.ofSeconds(1))
                                .build(),
                        BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("the WebUI did not answer within 30 s: " + log());
    }

    private String log() throws IOException {
        return Files.readString(profile.resolve("qbittorrent.out"));
    }

    private static String part(String boundary, String name) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
    }

    // Peer discovery, port mapping and the GeoIP download off, peers bound to loopback: the process
    // reaches nothing but 127.0.0.1. The legal notice is accepted up front so nothing prompts.
    private static String config(Path profile, int webUiPort, int peerPort) {
        return """
                [LegalNotice]
                Accepted=true

                [BitTorrent]
                Session\\DefaultSavePath=%1$s/downloads
                Session\\Port=%3$d
                Session\\Interface=lo
                Session\\InterfaceName=lo
                Session\\InterfaceAddress=127.0.0.1
                Session\\DHTEnabled=false
                Session\\LSDEnabled=false
                Session\\PeXEnabled=false
                Session\\AddTrackersEnabled=false

                [Network]
                PortForwardingEnabled=false

                [Preferences]
                Connection\\UPnP=false
                Connection\\ResolvePeerCountries=false
                General\\Locale=en
                WebUI\\Address=127.0.0.1
                WebUI\\Port=%2$d
                WebUI\\Username=%4$s
                WebUI\\Password_PBKDF2=%5$s
                WebUI\\LocalHostAuth=true
                WebUI\\CSRFProtection=true
                WebUI\\HostHeaderValidation=true
                """.formatted(profile, webUiPort, peerPort, USERNAME, WebUiPassword.configValue(PASSWORD));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
