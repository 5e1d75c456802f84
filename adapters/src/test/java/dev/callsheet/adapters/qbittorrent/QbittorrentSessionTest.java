package dev.callsheet.adapters.qbittorrent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/** The session rules that a real qBittorrent does not show on demand: an expired session, 5.2's 401. */
class QbittorrentSessionTest {

    @RegisterExtension
    static final WireMockExtension QBT = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String SECRET = "Session-test-password-9";

    private final QbittorrentClient client = new QbittorrentClient(
            new QbittorrentEndpoint(URI.create(QBT.baseUrl()), "admin", SECRET, Duration.ofSeconds(5)),
            WebClient.builder());

    @Test
    void logsInAgainAndResyncsFromZeroWhenTheSessionExpires() {
        QBT.stubFor(post("/api/v2/auth/login")
                .willReturn(aResponse()
                        .withHeader("Set-Cookie", "SID=s1; HttpOnly; path=/")
                        .withBody("Ok.")));
        QBT.stubFor(get(urlPathEqualTo("/api/v2/sync/maindata"))
                .inScenario("session")
                .whenScenarioStateIs(STARTED)
                .withQueryParam("rid", equalTo("0"))
                .withCookie("SID", equalTo("s1"))
                .willReturn(okJson(mainData("abc1")))
                .willSetStateTo("expired"));
        QBT.stubFor(get(urlPathEqualTo("/api/v2/sync/maindata"))
                .withQueryParam("rid", equalTo("1"))
                .willReturn(aResponse().withStatus(403).withBody("Forbidden")));
        QBT.stubFor(get(urlPathEqualTo("/api/v2/sync/maindata"))
                .inScenario("session")
                .whenScenarioStateIs("expired")
                .withQueryParam("rid", equalTo("0"))
                .willReturn(okJson(mainData("def2"))));

        QbittorrentSync first = client.sync(QbittorrentSync.START).block();
        QbittorrentSync afterExpiry = client.sync(first).block();

        assertThat(afterExpiry.fullUpdate()).isTrue();
        assertThat(afterExpiry.jobs()).containsOnlyKeys("DEF2");
        assertThat(afterExpiry.removed()).containsExactly("ABC1");
        QBT.verify(2, postRequestedFor(urlPathEqualTo("/api/v2/auth/login")));
        QBT.verify(
                getRequestedFor(urlPathEqualTo("/api/v2/sync/maindata")).withHeader("Referer", equalTo(QBT.baseUrl())));
    }

    @Test
    void readsFailsDotAsAWrongPassword() {
        QBT.stubFor(post("/api/v2/auth/login").willReturn(aResponse().withBody("Fails.")));

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> client.version().block());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.getMessage()).contains("username or password").doesNotContain(SECRET);
    }

    @Test
    void readsABanAsUnauthorized() {
        QBT.stubFor(post("/api/v2/auth/login").willReturn(aResponse().withStatus(403)));

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> client.version().block());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.getMessage()).contains("banned");
    }

    @Test
    void readsTheNewerVersions401AsAWrongPassword() {
        QBT.stubFor(post("/api/v2/auth/login").willReturn(aResponse().withStatus(401)));

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> client.version().block());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
    }

    @Test
    void findsAnAnswerThatIsNotMainDataUnreadable() {
        QBT.stubFor(post("/api/v2/auth/login").willReturn(aResponse().withBody("Ok.")));
        QBT.stubFor(get(urlPathEqualTo("/api/v2/sync/maindata")).willReturn(okJson("{\"full_update\": true}")));

        AdapterFailure failure = catchThrowableOfType(
                AdapterFailure.class, () -> client.sync(QbittorrentSync.START).block());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
    }

    private static String mainData(String hash) {
        return """
                {"rid": 1, "full_update": true, "torrents": {"%s": {"name": "x", "state": "downloading",
                 "progress": 0.25, "size": 10, "eta": 5, "dlspeed": 1, "num_seeds": 3}},
                 "server_state": {"connection_status": "connected"}}
                """.formatted(hash);
    }
}
