package dev.callsheet.plex.arr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.servarr.ArrPlexConnection;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.reactive.function.client.WebClient;

@ExtendWith(OutputCaptureExtension.class)
class ArrPlexChecksTest {

    private static final String RADARR_KEY = "0123456789abcdef0123456789abcdef";
    private static final String SONARR_KEY = "fedcba9876543210fedcba9876543210";
    // Radarr v3 sends its Plex connection's token in clear (see the fixtures' SOURCES.md).
    private static final String PLEX_TOKEN_IN_CLEAR = "plex-token-in-clear";
    private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void findsTheConnectionsThroughWhichEachArrScansPlex(CapturedOutput output) {
        answers(RADARR, RADARR_KEY, okJson(fixture("radarr-v3-notification.json")));
        answers(SONARR, SONARR_KEY, okJson(fixture("sonarr-v4-notification.json")));
        var checks = checks(Map.of(
                "radarr", arr(SourceKind.RADARR, RADARR.baseUrl(), RADARR_KEY),
                "sonarr", arr(SourceKind.SONARR, SONARR.baseUrl(), SONARR_KEY),
                "plex", plex(PlexMode.SCAN)));

        checks.checkAll();

        assertThat(checks.of(SourceKind.RADARR, "radarr"))
                .contains(new ArrPlexCheck.Answered(
                        NOW,
                        List.of(new ArrPlexConnection("Plex", "plex", 32400, false, true, true, true, false, null))));
        // Sonarr's Emby connection has Update Library on too, and does not count.
        assertThat(checks.of(SourceKind.SONARR, "sonarr")).hasValueSatisfying(check -> assertThat(check)
                .isInstanceOfSatisfying(ArrPlexCheck.Answered.class, answered -> assertThat(answered.scanning())
                        .extracting(ArrPlexConnection::name, ArrPlexConnection::host)
                        .containsExactly(tuple("Plex", "plex"))));
        assertThat(output)
                .contains("Radarr 'radarr' scans Plex itself after imports (connection 'Plex'): switch its"
                        + " 'Update Library' off, or set callsheet.instances.plex.mode=observe")
                .contains("Sonarr 'sonarr' scans Plex itself after imports (connection 'Plex')")
                .doesNotContain(RADARR_KEY, SONARR_KEY, PLEX_TOKEN_IN_CLEAR);
        assertThat(checks.of(SourceKind.RADARR, "radarr").orElseThrow().toString())
                .doesNotContain(PLEX_TOKEN_IN_CLEAR);
    }

    @Test
    void anArrWhoseConnectionLeavesTheLibraryAloneDoesNotScan(CapturedOutput output) {
        answers(RADARR, RADARR_KEY, okJson(fixture("radarr-v3-update-library-off.json")));
        var checks = checks(
                Map.of("radarr", arr(SourceKind.RADARR, RADARR.baseUrl(), RADARR_KEY), "plex", plex(PlexMode.SCAN)));

        checks.checkAll();

        assertThat(checks.of(SourceKind.RADARR, "radarr")).contains(new ArrPlexCheck.Answered(NOW, List.of()));
        assertThat(output).doesNotContain("scans Plex itself after imports");
    }

    @Test
    void remembersWhyAnArrRefusingItsKeyCouldNotBeChecked(CapturedOutput output) {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/notification"))
                .willReturn(aResponse().withStatus(401)));
        var checks = checks(Map.of("radarr", arr(SourceKind.RADARR, RADARR.baseUrl(), "wrong" + RADARR_KEY)));

        checks.checkAll();

        assertThat(checks.of(SourceKind.RADARR, "radarr")).hasValueSatisfying(check -> assertThat(check)
                .isInstanceOfSatisfying(ArrPlexCheck.CouldNotCheck.class, failed -> assertThat(failed.reason())
                        .contains("refused the API key", "HTTP 401")
                        .doesNotContain(RADARR_KEY)));
        assertThat(output)
                .contains("Could not check whether Radarr 'radarr' scans Plex itself: ")
                .doesNotContain(RADARR_KEY);
    }

    @Test
    void remembersThatAnUnreachableArrCouldNotBeChecked() throws IOException {
        String closed;
        try (var socket = new ServerSocket(0)) {
            closed = "http://localhost:" + socket.getLocalPort();
        }
        var checks = checks(Map.of("radarr", arr(SourceKind.RADARR, closed, RADARR_KEY)));

        checks.checkAll();

        assertThat(checks.of(SourceKind.RADARR, "radarr")).hasValueSatisfying(check -> assertThat(check)
                .isInstanceOfSatisfying(ArrPlexCheck.CouldNotCheck.class, failed -> assertThat(failed.reason())
                        .contains("could not be reached")
                        .doesNotContain(RADARR_KEY)));
    }

    @Test
    void asksNoArrWithoutUrlAndApiKey() {
        var checks = checks(Map.of(
                "radarr",
                arr(SourceKind.RADARR, null, RADARR_KEY),
                "sonarr",
                arr(SourceKind.SONARR, SONARR.baseUrl(), null)));

        checks.checkAll();

        assertThat(checks.anyToAsk()).isFalse();
        assertThat(checks.of(SourceKind.RADARR, "radarr")).isEmpty();
        assertThat(checks.of(SourceKind.SONARR, "sonarr")).isEmpty();
        assertThat(SONARR.getAllServeEvents()).isEmpty();
    }

    @Test
    void logsARoundOnlyWhenItFindsSomethingElse(CapturedOutput output) {
        answers(RADARR, RADARR_KEY, okJson(fixture("radarr-v3-notification.json")));
        var checks = checks(
                Map.of("radarr", arr(SourceKind.RADARR, RADARR.baseUrl(), RADARR_KEY), "plex", plex(PlexMode.SCAN)));

        checks.checkAll();
        checks.checkAll();
        answers(RADARR, RADARR_KEY, aResponse().withStatus(503));
        checks.checkAll();

        assertThat(output.getAll())
                .containsOnlyOnce("Radarr 'radarr' scans Plex itself after imports")
                .containsOnlyOnce("Could not check whether Radarr 'radarr' scans Plex itself");
    }

    private static ArrPlexChecks checks(Map<String, Instance> instances) {
        return new ArrPlexChecks(
                new InstanceProperties(new HashMap<>(instances)),
                WebClient.builder(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static void answers(WireMockExtension arr, String key, ResponseDefinitionBuilder response) {
        arr.stubFor(get(urlPathEqualTo("/api/v3/notification"))
                .withHeader("X-Api-Key", equalTo(key))
                .willReturn(response));
    }

    private static Instance arr(SourceKind kind, String url, String apiKey) {
        return new Instance(
                kind, url == null ? null : URI.create(url), apiKey, null, null, false, Duration.ofSeconds(2));
    }

    private static Instance plex(PlexMode mode) {
        return new Instance(
                SourceKind.PLEX,
                URI.create("http://plex:32400"),
                null,
                null,
                null,
                false,
                Duration.ofSeconds(10),
                "plex-token",
                List.of(),
                mode);
    }

    private static String fixture(String name) {
        try (InputStream in = ArrPlexChecksTest.class.getResourceAsStream("/servarr/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
