package dev.callsheet.adapters.qbittorrent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every call {@link QbittorrentClient} makes, answered as qBittorrent 4.3, 4.6 and 5.x answer it, and
 * as a minimal answer holding only the fields 4.3 always sends ({@code contract/qbittorrent/}, sources
 * in {@code SOURCES.md} there).
 */
class QbittorrentVersionContractTest {

    private static final String DUNE = "8F1D5C2E9A7B3C4D5E6F708192A3B4C5D6E7F809";
    private static final String SEVERANCE = "1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D";
    private static final String BEAR = "C0FFEE00D15EA5E0BADC0DE0FACADE0123456789";

    @RegisterExtension
    static final WireMockExtension QBITTORRENT = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final QbittorrentClient client = new QbittorrentClient(
            new QbittorrentEndpoint(URI.create(QBITTORRENT.baseUrl()), "admin", "adminadmin", Duration.ofSeconds(2)),
            WebClient.builder());

    @BeforeEach
    void acceptsTheLogin() {
        QBITTORRENT.stubFor(post(urlPathEqualTo("/api/v2/auth/login"))
                .willReturn(ok("Ok.").withHeader("Set-Cookie", "SID=5rF0uYg2vWx1; HttpOnly; path=/")));
    }

    private static void answers(String version, String call, String path) {
        String resource = "contract/qbittorrent/" + version + "/" + call;
        QBITTORRENT.stubFor(get(urlEqualTo(path))
                .willReturn(
                        call.endsWith(".json")
                                ? okJson(body(resource))
                                : ok(body(resource)).withHeader("Content-Type", "text/plain; charset=UTF-8")));
    }

    @ParameterizedTest(name = "{0}: the full update lists every torrent, paused and stopped alike")
    @CsvSource({
        "v4.3, pausedDL, pausedUP",
        "v4.6, pausedDL, pausedUP",
        "v5, stoppedDL, stoppedUP",
        "minimal, pausedDL, pausedUP"
    })
    void readsAFullUpdate(String version, String pausedDownload, String pausedUpload) {
        answers(version, "maindata-full.json", "/api/v2/sync/maindata?rid=0");

        QbittorrentSync full = client.sync(QbittorrentSync.START).block();

        assertThat(full.rid()).isEqualTo(1);
        assertThat(full.fullUpdate()).isTrue();
        assertThat(full.removed()).isEmpty();
        assertThat(full.jobs()).containsOnlyKeys(DUNE, SEVERANCE, BEAR);
        assertThat(full.jobs().get(DUNE))
                .isEqualTo(new ClientJob(
                        DUNE,
                        "Dune.Part.Two.2024.2160p.mkv",
                        JobState.DOWNLOADING,
                        0.25,
                        8_000_000_000L,
                        1200L,
                        5_000_000,
                        "downloading",
                        null));
        assertThat(full.jobs().get(SEVERANCE))
                .isEqualTo(new ClientJob(
                        SEVERANCE,
                        "Severance.S02E05.1080p.mkv",
                        JobState.PAUSED,
                        0.5,
                        2_000_000_000L,
                        null,
                        0,
                        pausedDownload,
                        null));
        assertThat(full.jobs().get(BEAR))
                .isEqualTo(new ClientJob(
                        BEAR,
                        "The.Bear.S03E01.720p.mkv",
                        JobState.COMPLETED,
                        1.0,
                        1_500_000_000L,
                        null,
                        0,
                        pausedUpload,
                        null));
    }

    @ParameterizedTest(name = "{0}: a partial update lays its changes over the full one")
    @CsvSource({"v4.3", "v4.6", "v5", "minimal"})
    void readsAPartialUpdate(String version) {
        answers(version, "maindata-full.json", "/api/v2/sync/maindata?rid=0");
        answers(version, "maindata-partial.json", "/api/v2/sync/maindata?rid=1");
        QbittorrentSync full = client.sync(QbittorrentSync.START).block();

        QbittorrentSync partial = client.sync(full).block();

        assertThat(partial.rid()).isEqualTo(2);
        assertThat(partial.fullUpdate())
                .as("full_update is absent from a partial answer")
                .isFalse();
        assertThat(partial.removed()).containsExactly(BEAR);
        assertThat(partial.jobs()).containsOnlyKeys(DUNE, SEVERANCE);
        ClientJob dune = partial.jobs().get(DUNE);
        assertThat(dune.name()).as("kept from the full update").isEqualTo("Dune.Part.Two.2024.2160p.mkv");
        assertThat(dune.state()).isEqualTo(JobState.DOWNLOADING);
        assertThat(dune.progress()).isEqualTo(0.5);
        assertThat(dune.size()).isEqualTo(8_000_000_000L);
        assertThat(dune.etaSeconds()).isEqualTo(600L);
        assertThat(dune.speed()).isEqualTo(6_000_000L);
        ClientJob severance = partial.jobs().get(SEVERANCE);
        assertThat(severance.state()).isEqualTo(JobState.STALLED);
        assertThat(severance.stateDetail()).isEqualTo("stalledDL");
        assertThat(severance.progress()).isEqualTo(0.5);
        assertThat(severance.etaSeconds()).as("qBittorrent's infinite ETA").isNull();
        assertThat(severance.speed()).isZero();
    }

    @ParameterizedTest(name = "{0}: WebUI API {1}, qBittorrent {2}")
    @CsvSource({"v4.3, 2.8.2, v4.3.9", "v4.6, 2.9.3, v4.6.7", "v5, 2.11.2, v5.0.4", "minimal, 2.6.0, v4.3.0"})
    void readsBothVersions(String version, String webApi, String app) {
        answers(version, "webapiVersion.txt", "/api/v2/app/webapiVersion");
        answers(version, "version.txt", "/api/v2/app/version");

        assertThat(client.version().block()).isEqualTo(webApi);
        assertThat(client.appVersion().block()).isEqualTo(app);
    }

    @Test
    void readsAStateWordItDoesNotKnowAsUnknownAndKeepsTheWord() {
        QBITTORRENT.stubFor(get(urlEqualTo("/api/v2/sync/maindata?rid=0")).willReturn(okJson("""
                        {"rid": 1, "full_update": true, "torrents": {"abc1": {"name": "a.mkv",
                         "state": "seedingForever", "progress": 1, "size": 1000, "eta": 0, "dlspeed": 0}}}""")));

        ClientJob job = client.sync(QbittorrentSync.START).block().jobs().get("ABC1");

        assertThat(job.state()).isEqualTo(JobState.UNKNOWN);
        assertThat(job.stateDetail()).isEqualTo("seedingForever");
        assertThat(job.failure()).isNull();
    }

    @Test
    void aTorrentWithoutItsStateYetReadsAsUnknown() {
        QBITTORRENT.stubFor(get(urlEqualTo("/api/v2/sync/maindata?rid=0"))
                .willReturn(okJson(
                        "{\"rid\": 1, \"full_update\": true, \"torrents\": {\"abc1\": {\"name\": \"a.mkv\"}}}")));

        ClientJob job = client.sync(QbittorrentSync.START).block().jobs().get("ABC1");

        assertThat(job.state()).isEqualTo(JobState.UNKNOWN);
        assertThat(job.stateDetail()).isEqualTo("unknown");
        assertThat(job.size()).isNull();
        assertThat(job.etaSeconds()).isNull();
        assertThat(job.progress()).isZero();
    }

    @Test
    void anAnswerWithoutRidIsUnreadable() {
        QBITTORRENT.stubFor(get(urlEqualTo("/api/v2/sync/maindata?rid=0"))
                .willReturn(okJson("{\"full_update\": true, \"torrents\": {}}")));

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> client.sync(QbittorrentSync.START).block());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure.getMessage()).contains("rid");
        assertThat(failure.unreadable())
                .hasValue(new AdapterFailure.Unreadable("GET /api/v2/sync/maindata?rid=0", "rid"));
    }

    @Test
    void aFieldOfTheWrongTypeIsUnreadableAndSaysWhere() {
        QBITTORRENT.stubFor(get(urlEqualTo("/api/v2/sync/maindata?rid=0"))
                .willReturn(okJson("{\"rid\": 1, \"torrents\": {\"abc1\": {\"progress\": \"half\"}}}")));

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> client.sync(QbittorrentSync.START).block());

        assertThat(failure.unreadable())
                .hasValue(new AdapterFailure.Unreadable("GET /api/v2/sync/maindata?rid=0", "torrents.abc1.progress"));
    }

    @Test
    void aNullRidIsUnreadableToo() {
        QBITTORRENT.stubFor(get(urlEqualTo("/api/v2/sync/maindata?rid=0"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"rid\": null, \"torrents\": {}}")));

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> client.sync(QbittorrentSync.START).block());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
    }
}
