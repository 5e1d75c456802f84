package dev.callsheet.adapters.servarr;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.events.SourceKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@code GET /api/v3/notification} against answers shaped like each supported arr in {@code
 * contract/servarr/} (see its {@code SOURCES.md}): Radarr v3 (3.2.2) and v5 (5.28), Sonarr v3 (3.0.10)
 * and v4 (4.0.14), and a minimal answer with only what the oldest of them always send.
 */
class ServarrNotificationsVersionContractTest {

    @RegisterExtension
    static final WireMockExtension ARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** The token Radarr v3 and Sonarr v3 send in clear in the fixtures. */
    private static final String PLEX_TOKEN = "plex-token-in-clear";

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments(
                        "radarr-v3",
                        SourceKind.RADARR,
                        List.of(new ArrPlexConnection("Plex", "plex", 32400, false, true, true, true, false, Set.of())),
                        List.of("Plex")),
                // A connection that only refreshes on upgrades still scans; one without Update Library does not.
                arguments(
                        "radarr-v5",
                        SourceKind.RADARR,
                        List.of(
                                new ArrPlexConnection(
                                        "Plex (4K)", "plex-4k.lan", 32401, true, true, false, true, false, Set.of(3)),
                                new ArrPlexConnection(
                                        "Plex (watch list only)",
                                        "plex",
                                        32400,
                                        false,
                                        false,
                                        true,
                                        true,
                                        false,
                                        Set.of())),
                        List.of("Plex (4K)")),
                arguments(
                        "sonarr-v3",
                        SourceKind.SONARR,
                        List.of(new ArrPlexConnection(
                                "Plex Media Server", "192.168.1.20", 32400, false, true, true, false, false, Set.of())),
                        List.of("Plex Media Server")),
                // On Import Complete alone is enough; the Emby connection is not Plex's.
                arguments(
                        "sonarr-v4",
                        SourceKind.SONARR,
                        List.of(new ArrPlexConnection(
                                "Plex", "plex", 32400, false, true, false, false, true, Set.of())),
                        List.of("Plex")),
                arguments(
                        "minimal",
                        SourceKind.SONARR,
                        List.of(new ArrPlexConnection(null, null, 32400, false, true, true, false, false, Set.of())),
                        Arrays.asList((String) null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void readsThePlexConnectionsOfEverySupportedVersion(
            String version, SourceKind app, List<ArrPlexConnection> expected, List<String> scanning) {
        ARR.stubFor(get(urlPathEqualTo("/api/v3/notification"))
                .willReturn(okJson(body("contract/servarr/" + version + "/notification.json"))));

        List<ArrPlexConnection> connections = client(app).plexConnections().block();

        assertThat(connections).isEqualTo(expected);
        assertThat(ArrPlexConnection.scanningOnImport(connections))
                .extracting(ArrPlexConnection::name)
                .containsExactlyElementsOf(scanning);
        assertThat(connections.toString()).doesNotContain(PLEX_TOKEN, "********");
    }

    @Test
    void asksWithTheApiKeyHeader() {
        ARR.stubFor(get(urlPathEqualTo("/api/v3/notification"))
                .willReturn(okJson(body("contract/servarr/sonarr-v4/notification.json"))));

        client(SourceKind.SONARR).plexConnections().block();

        ARR.verify(getRequestedFor(urlPathEqualTo("/api/v3/notification")).withHeader("X-Api-Key", equalTo(API_KEY)));
    }

    @Test
    void readsAnImplementationInAnyCaseAndSettingsWrittenAsStrings() {
        ARR.stubFor(get(urlPathEqualTo("/api/v3/notification")).willReturn(okJson("""
                        [{"name": "typed by hand", "implementation": "plexserver",
                          "fields": [{"name": "host", "value": "plex"}, {"name": "port", "value": "32400"},
                                     {"name": "updateLibrary", "value": "True"}, {"name": "useSsl", "value": null}],
                          "onImportComplete": true}]
                        """)));

        assertThat(client(SourceKind.SONARR).plexConnections().block())
                .containsExactly(new ArrPlexConnection(
                        "typed by hand", "plex", 32400, false, true, false, false, true, Set.of()));
    }

    @Test
    void failsUnauthorizedOnAWrongKey() {
        ARR.stubFor(get(urlPathEqualTo("/api/v3/notification")).willReturn(unauthorized()));

        AdapterFailure failure = failureOf(client(SourceKind.RADARR).plexConnections());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure).hasMessageStartingWith("Radarr at " + ARR.baseUrl());
    }

    @Test
    void reportsAnAnswerThatIsNotAListAsUnreadable() {
        ARR.stubFor(get(urlPathEqualTo("/api/v3/notification")).willReturn(okJson("{\"message\": \"moved\"}")));

        AdapterFailure failure = failureOf(client(SourceKind.SONARR).plexConnections());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure.unreadable())
                .hasValueSatisfying(unreadable -> assertThat(unreadable.call()).isEqualTo("GET /api/v3/notification"));
    }

    private static ServarrClient client(SourceKind app) {
        return new ServarrClient(app, endpoint(ARR.baseUrl()), WebClient.builder());
    }
}
