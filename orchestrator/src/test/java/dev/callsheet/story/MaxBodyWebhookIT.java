package dev.callsheet.story;

import static dev.callsheet.story.Webhooks.payload;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A body of exactly {@code callsheet.intake.max-body} (its default, 1MB) is accepted by every
 * endpoint and followed all the way through the pipeline: to the event it makes, or to its dead
 * letter. The events come first: a dead letter the pipeline cannot write would stop it for all
 * that follows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaxBodyWebhookIT {

    private static final int MAX_BODY = AtSize.DEFAULT_MAX_BODY;
    private static final Duration PATIENCE = MovieStory.PATIENCE;
    private static final Pattern DELIVERY_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    // Static: an instance field is only filled in before each test, after @BeforeAll.
    @TempDir
    static Path dataDir;

    private RunningCallsheet callsheet;
    private WebTestClient client;

    @BeforeAll
    void start() {
        callsheet = RunningCallsheet.start(dataDir, FuzzTarget.SETTINGS);
        // Today's dead letters carry the whole body, more than a client buffers by default.
        client = callsheet
                .client()
                .mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * MAX_BODY))
                .build();
    }

    @AfterAll
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Order(1)
    @Test
    void overseerrRequestAtTheLimitBecomesTheRequest() {
        String delivery = accepted(
                FuzzTarget.OVERSEERR, AtSize.json(payload("story/overseerr-media-pending-movie.json"), MAX_BODY));

        awaitIn("/api/requests/overseerr-127/timeline", delivery);
    }

    @Order(2)
    @Test
    void radarrGrabAtTheLimitReachesTheMovie() {
        String delivery = accepted(FuzzTarget.RADARR, AtSize.json(payload("payloads/radarr-grab.json"), MAX_BODY));

        awaitIn("/api/media/movie:tmdb:693134/timeline", delivery);
    }

    @Order(3)
    @Test
    void sonarrGrabAtTheLimitReachesTheSeries() {
        String delivery = accepted(FuzzTarget.SONARR, AtSize.json(payload("payloads/sonarr-grab.json"), MAX_BODY));

        awaitIn("/api/media/series:tvdb:371980/timeline", delivery);
    }

    @Order(4)
    @Test
    void plexLibraryNewAtTheLimitWithItsThumbnailReachesTheMovie() {
        String delivery =
                accepted(FuzzTarget.PLEX, AtSize.plex(payload("payloads/plex-library-new-movie.json"), MAX_BODY));

        awaitIn("/api/media/movie:tmdb:693134/timeline", delivery);
    }

    @Order(5)
    @Test
    void qbittorrentReportAtTheLimitReachesTheDownloadsMovie() {
        accepted(FuzzTarget.RADARR, payload("payloads/radarr-grab.json"));
        String delivery =
                accepted(FuzzTarget.QBITTORRENT, AtSize.form(payload("payloads/qbittorrent-finished.form"), MAX_BODY));

        awaitIn("/api/media/movie:tmdb:693134/timeline", delivery);
    }

    @Order(6)
    @Test
    void radarrInstanceBodyAtTheLimitThatIsNoWebhookBecomesADeadLetter() {
        byte[] noEventType = "{\"movie\":{\"tmdbId\":693134}}".getBytes(UTF_8);
        String delivery = accepted(FuzzTarget.RADARR_NAMED_INSTANCE, AtSize.json(noEventType, MAX_BODY));

        awaitIn("/api/deadletters", delivery);
    }

    @Order(7)
    @Test
    void sabnzbdFormAtTheLimitWithoutAJobBecomesADeadLetter() {
        byte[] noJob = "status=0&name=Dune&category=movies".getBytes(UTF_8);
        String delivery = accepted(FuzzTarget.SABNZBD, AtSize.form(noJob, MAX_BODY));

        awaitIn("/api/deadletters", delivery);
    }

    @Order(8)
    @Test
    void nzbgetFormAtTheLimitOfAnUnknownEventBecomesADeadLetter() {
        byte[] unknownEvent = "event=NZB_NAMED&nzbid=48&name=Dune".getBytes(UTF_8);
        String delivery = accepted(FuzzTarget.NZBGET, AtSize.form(unknownEvent, MAX_BODY));

        awaitIn("/api/deadletters", delivery);
    }

    /** Posts {@code body} as the target's sender would; returns the delivery id of the 202. */
    private String accepted(FuzzTarget target, byte[] body) {
        var answer = new FuzzRequest(
                        "as sent",
                        HttpMethod.POST,
                        target.uri(),
                        target.contentType(),
                        target.authorization(),
                        body,
                        false)
                .send(client, callsheet.baseUrl());
        assertThat(answer.status())
                .as("answer to %d bytes: %s", body.length, answer)
                .isEqualTo(202);
        var id = DELIVERY_ID.matcher(answer.body());
        assertThat(id.find()).as("a delivery id in %s", answer.body()).isTrue();
        return id.group(1);
    }

    private void awaitIn(String path, String delivery) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(read(path)).contains(delivery));
    }

    private String read(String path) {
        return client.get()
                .uri(path)
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
