package dev.callsheet.adapters.overseerr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.Requester;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Every call the client makes, against answers shaped like each supported server in {@code
 * contract/overseerr/} (see its {@code SOURCES.md}): Overseerr 1.3x, Jellyseerr 2.x, Seerr 3.x, and a
 * minimal answer with only what the oldest Overseerr 1.3x always sends.
 */
class OverseerrVersionContractTest {

    @RegisterExtension
    static final WireMockExtension OVERSEERR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final OverseerrClient overseerr = new OverseerrClient(endpoint(OVERSEERR.baseUrl()), WebClient.builder());

    /**
     * One call of the client: the method and path the server serves it at, its fixture's name, and how
     * it is made.
     */
    enum Call {
        REQUEST(RequestMethod.GET, "/api/v1/request/[0-9]+", "request", client -> client.findRequest(212)),
        APPROVE(RequestMethod.POST, "/api/v1/request/[0-9]+/approve", "approve", client -> client.approve(213)),
        DECLINE(RequestMethod.POST, "/api/v1/request/[0-9]+/decline", "decline", client -> client.decline(213)),
        STATUS(RequestMethod.GET, "/api/v1/status", "status", OverseerrClient::version),
        USER_NOTIFICATIONS(
                RequestMethod.GET,
                "/api/v1/user/[0-9]+/settings/notifications",
                "user-notifications",
                client -> client.notificationSettings(9));

        private final RequestMethod method;
        private final String path;
        private final String fixture;
        private final Function<OverseerrClient, Mono<?>> call;

        Call(RequestMethod method, String path, String fixture, Function<OverseerrClient, Mono<?>> call) {
            this.method = method;
            this.path = path;
            this.fixture = fixture;
            this.call = call;
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments(
                        "overseerr-1.3x",
                        Call.REQUEST,
                        Optional.of(new OverseerrRequest(
                                212,
                                OverseerrRequestStatus.APPROVED,
                                MediaType.SERIES,
                                false,
                                List.of(1, 2),
                                new Requester("Carol", "carol@example.com"),
                                9L,
                                new OverseerrMedia(
                                        83867, 393189L, null, 31, OverseerrMediaStatus.PARTIALLY_AVAILABLE)))),
                arguments("overseerr-1.3x", Call.STATUS, "1.33.2"),
                // The Pushover tokens beside them are the user's credentials, and are not read.
                arguments(
                        "overseerr-1.3x",
                        Call.USER_NOTIFICATIONS,
                        Optional.of(new UserAddresses("401234567890123456", null))),
                // Every fork answers the request as saved: the new status, the media as it was loaded
                // (Overseerr updates the media's status apart, after answering).
                arguments("overseerr-1.3x", Call.APPROVE, pendingMovie(OverseerrRequestStatus.APPROVED)),
                arguments("overseerr-1.3x", Call.DECLINE, pendingMovie(OverseerrRequestStatus.DECLINED)),
                // Jellyseerr: a Jellyfin user has no plexUsername; request status 5 is Jellyseerr's own.
                arguments(
                        "jellyseerr-2.x",
                        Call.REQUEST,
                        Optional.of(new OverseerrRequest(
                                88,
                                OverseerrRequestStatus.COMPLETED,
                                MediaType.MOVIE,
                                true,
                                List.of(),
                                new Requester("dave", "dave"),
                                4L,
                                new OverseerrMedia(329865, null, "tt2543164", 1108, OverseerrMediaStatus.AVAILABLE)))),
                arguments("jellyseerr-2.x", Call.STATUS, "2.7.3"),
                // A Discord id cleared in the settings form is saved as "": no id.
                arguments(
                        "jellyseerr-2.x",
                        Call.USER_NOTIFICATIONS,
                        Optional.of(new UserAddresses(null, "-1001234567890"))),
                arguments("jellyseerr-2.x", Call.APPROVE, pendingSeries(OverseerrRequestStatus.APPROVED)),
                arguments("jellyseerr-2.x", Call.DECLINE, pendingSeries(OverseerrRequestStatus.DECLINED)),
                arguments(
                        "seerr-3.x",
                        Call.REQUEST,
                        Optional.of(new OverseerrRequest(
                                1045,
                                OverseerrRequestStatus.APPROVED,
                                MediaType.SERIES,
                                false,
                                List.of(3),
                                new Requester("erin_plex", "erin@example.com"),
                                15L,
                                new OverseerrMedia(95396, 371980L, "tt11280740", 57, OverseerrMediaStatus.DELETED)))),
                arguments("seerr-3.x", Call.STATUS, "3.1.0"),
                arguments(
                        "seerr-3.x",
                        Call.USER_NOTIFICATIONS,
                        Optional.of(new UserAddresses("80351110224678912", "123456789"))),
                // A 4K request for a movie whose regular copy is available: the media's status is the
                // regular copy's.
                arguments("seerr-3.x", Call.APPROVE, pending4kMovie(OverseerrRequestStatus.APPROVED)),
                arguments("seerr-3.x", Call.DECLINE, pending4kMovie(OverseerrRequestStatus.DECLINED)),
                // Only the NOT NULL columns: no tvdbId, imdbId or externalServiceId, which read as null.
                arguments(
                        "minimal",
                        Call.REQUEST,
                        Optional.of(new OverseerrRequest(
                                212,
                                OverseerrRequestStatus.PENDING,
                                MediaType.SERIES,
                                false,
                                List.of(1),
                                new Requester("carol@example.com", "carol@example.com"),
                                9L,
                                new OverseerrMedia(83867, null, null, null, OverseerrMediaStatus.PENDING)))),
                arguments("minimal", Call.STATUS, "1.30.0"),
                // A user who never saved settings: their fields are left out of the answer.
                arguments("minimal", Call.USER_NOTIFICATIONS, Optional.of(new UserAddresses(null, null))),
                arguments("minimal", Call.APPROVE, minimalDecided(OverseerrRequestStatus.APPROVED)),
                arguments("minimal", Call.DECLINE, minimalDecided(OverseerrRequestStatus.DECLINED)));
    }

    private static OverseerrRequest pendingMovie(OverseerrRequestStatus decided) {
        return new OverseerrRequest(
                213,
                decided,
                MediaType.MOVIE,
                false,
                List.of(),
                new Requester("Carol", "carol@example.com"),
                9L,
                new OverseerrMedia(693134, null, "tt15239678", null, OverseerrMediaStatus.PENDING));
    }

    private static OverseerrRequest pendingSeries(OverseerrRequestStatus decided) {
        return new OverseerrRequest(
                89,
                decided,
                MediaType.SERIES,
                false,
                List.of(1, 2),
                new Requester("dave", "dave"),
                4L,
                new OverseerrMedia(95396, 371980L, null, null, OverseerrMediaStatus.PENDING));
    }

    private static OverseerrRequest pending4kMovie(OverseerrRequestStatus decided) {
        return new OverseerrRequest(
                1046,
                decided,
                MediaType.MOVIE,
                true,
                List.of(),
                new Requester("erin_plex", "erin@example.com"),
                15L,
                new OverseerrMedia(603, null, "tt0133093", 12, OverseerrMediaStatus.AVAILABLE));
    }

    private static OverseerrRequest minimalDecided(OverseerrRequestStatus decided) {
        return new OverseerrRequest(
                212,
                decided,
                MediaType.SERIES,
                false,
                List.of(1),
                new Requester("carol@example.com", "carol@example.com"),
                9L,
                new OverseerrMedia(83867, null, null, null, OverseerrMediaStatus.PENDING));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void readsTheAnswerOfEverySupportedVersion(String version, Call call, Object expected) {
        OVERSEERR.stubFor(request(call.method.getName(), urlPathMatching(call.path))
                .willReturn(okJson(body("contract/overseerr/" + version + "/" + call.fixture + ".json"))));

        assertThat(call.call.apply(overseerr).block())
                .usingRecursiveComparison()
                .isEqualTo(expected);
    }

    private OverseerrRequest readMinimal(String from, String to) {
        String answer = body("contract/overseerr/minimal/request.json");
        assertThat(answer).contains(from);
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/212")).willReturn(okJson(answer.replace(from, to))));
        return overseerr.findRequest(212).block().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"1, PENDING", "5, COMPLETED", "9, UNRECOGNISED", "0, UNRECOGNISED", "-1, UNRECOGNISED"})
    void readsARequestStatusNumberANewerForkAddsAsUnrecognised(int code, OverseerrRequestStatus status) {
        assertThat(readMinimal("\"status\": 1,", "\"status\": " + code + ",").status())
                .isEqualTo(status);
    }

    // Jellyseerr 2.x calls 6 BLACKLISTED, Seerr 3.x BLOCKLISTED: the same number, the same meaning.
    @ParameterizedTest
    @CsvSource({"6, BLOCKLISTED", "7, DELETED", "8, UNRECOGNISED"})
    void readsAMediaStatusNumberANewerForkAddsAsUnrecognised(int code, OverseerrMediaStatus status) {
        assertThat(readMinimal("\"status\": 2,", "\"status\": " + code + ",")
                        .media()
                        .status())
                .isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"TV, SERIES", "Tv, SERIES", "MOVIE, MOVIE", "Movie, MOVIE"})
    void readsTheRequestTypeInAnyCase(String type, MediaType mediaType) {
        assertThat(readMinimal("\"type\": \"tv\"", "\"type\": \"" + type + "\"").type())
                .isEqualTo(mediaType);
    }

    @Test
    void stillRefusesARequestTypeThatIsNeitherMovieNorShow() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/212"))
                .willReturn(okJson(body("contract/overseerr/minimal/request.json")
                        .replace("\"type\": \"tv\"", "\"type\": \"music\""))));

        assertThat(failureOf(overseerr.findRequest(212)))
                .hasMessageEndingWith("GET /api/v1/request/212: unknown request type 'music'")
                .extracting(AdapterFailure::unreadable)
                .isEqualTo(Optional.of(new AdapterFailure.Unreadable("GET /api/v1/request/212", null)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'\"is4k\": null,'"})
    void readsARequestWithoutIs4kAsARegularOne(String is4k) {
        assertThat(readMinimal("\"is4k\": false,", is4k).fourK()).isFalse();
    }

    // displayName is computed by every fork; should it go missing, a Jellyfin user's name stands in.
    @Test
    void namesAJellyfinUserByTheirJellyfinNameWhenTheDisplayNameIsMissing() {
        assertThat(readMinimal(
                                "\"displayName\": \"carol@example.com\"",
                                "\"plexUsername\": null, \"jellyfinUsername\": \"carol_jf\"")
                        .requestedBy())
                .isEqualTo(new Requester("carol_jf", "carol@example.com"));
    }

    @Test
    void readsTheRequestersUserIdForTheirNotificationSettings() {
        assertThat(readMinimal("\"id\": 9,", "\"id\": 31,").requesterId()).isEqualTo(31L);
    }

    @Test
    void readsARequestWhoseRequesterHasNoIdWithoutOne() {
        assertThat(readMinimal("\"id\": 9,", "").requesterId()).isNull();
    }

    @Test
    void findsNoSettingsForAUserOverseerrDoesNotHave() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/user/77/settings/notifications"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body("overseerr/user-not-found.json"))));

        assertThat(overseerr.notificationSettings(77).block()).isEmpty();
    }

    @Test
    void reportsTheOwnerRefusingTheKeyAsUnauthorized() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/user/9/settings/notifications"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"You do not have permission to view this user's settings.\"}")));

        assertThat(failureOf(overseerr.notificationSettings(9)).kind()).isEqualTo(Kind.UNAUTHORIZED);
    }

    @Test
    void reportsAStatusWithoutVersionAsUnreadableNamingTheCall() {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/status"))
                .willReturn(okJson("{\"commitTag\": \"local\", \"updateAvailable\": false}")));

        AdapterFailure failure = failureOf(overseerr.version());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure.unreadable()).contains(new AdapterFailure.Unreadable("GET /api/v1/status", null));
        assertThat(failure).hasMessageEndingWith("GET /api/v1/status: the status names no version");
    }
}
