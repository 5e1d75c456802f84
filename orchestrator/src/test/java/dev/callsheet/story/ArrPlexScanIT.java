package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 §3: once started, Callsheet asks each declared arr whether it scans Plex itself, shows the
 * answer on {@code /api/sources} and warns when a Plex instance it scans is scanned by an arr too.
 */
@ExtendWith(OutputCaptureExtension.class)
class ArrPlexScanIT {

    private static final String RADARR_KEY = "radarr-api-key-0123456789";
    private static final String SONARR_KEY = "sonarr-api-key-0123456789";
    private static final String PLEX_TOKEN = "plex-instance-token-0123";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    @Test
    void showsWhichArrScansPlexItselfAndWhichCouldNotBeAsked(CapturedOutput output) throws IOException {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/notification"))
                .withHeader("X-Api-Key", equalTo(RADARR_KEY))
                .willReturn(okJson(fixture())));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/notification"))
                .willReturn(aResponse().withStatus(401)));

        try (var callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.instances.radarr.kind",
                        "radarr",
                        "callsheet.instances.radarr.url",
                        RADARR.baseUrl(),
                        "callsheet.instances.radarr.api-key",
                        RADARR_KEY,
                        "callsheet.instances.sonarr.kind",
                        "sonarr",
                        "callsheet.instances.sonarr.url",
                        SONARR.baseUrl(),
                        "callsheet.instances.sonarr.api-key",
                        SONARR_KEY,
                        "callsheet.instances.plex.kind",
                        "plex",
                        "callsheet.instances.plex.url",
                        "http://plex:32400",
                        "callsheet.instances.plex.token",
                        PLEX_TOKEN))) {

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Map<String, Object>> scans = plexScans(callsheet);
                assertThat(scans.get("radarr"))
                        .containsEntry("scansPlex", true)
                        .containsEntry("connections", List.of(Map.of("name", "Plex", "host", "plex", "port", 32400)));
                assertThat(scans.get("sonarr")).containsEntry("scansPlex", null);
                assertThat((String) scans.get("sonarr").get("couldNotCheck")).contains("refused the API key");
            });
            String sources = ApiReads.api(callsheet, "/api/sources").body();
            assertThat(sources).doesNotContain(RADARR_KEY, SONARR_KEY, PLEX_TOKEN, "plex-token-in-clear");
        }
        assertThat(output)
                .contains("Radarr 'radarr' scans Plex itself after imports (connection 'Plex'): switch its"
                        + " 'Update Library' off, or set callsheet.instances.plex.mode=observe")
                .contains("Could not check whether Sonarr 'sonarr' scans Plex itself")
                .doesNotContain(RADARR_KEY, SONARR_KEY, PLEX_TOKEN, "plex-token-in-clear");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> plexScans(RunningCallsheet callsheet) {
        List<Map<String, Object>> sources =
                JSON.readValue(ApiReads.api(callsheet, "/api/sources").body(), List.class);
        Map<String, Map<String, Object>> scans = new HashMap<>();
        sources.forEach(
                source -> scans.put((String) source.get("instance"), (Map<String, Object>) source.get("plexScan")));
        return scans;
    }

    private static String fixture() throws IOException {
        try (InputStream in = ArrPlexScanIT.class.getResourceAsStream("/servarr/radarr-v3-notification.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
