package dev.callsheet.adapters.overseerr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.Requester;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;

class OverseerrClientTest {

    @RegisterExtension
    static final WireMockExtension OVERSEERR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static OverseerrClient clientAt(String baseUrl) {
        return new OverseerrClient(endpoint(baseUrl), WebClient.builder());
    }

    private final OverseerrClient overseerr = clientAt(OVERSEERR.baseUrl());

    private static void request(long id, ResponseDefinitionBuilder response) {
        OVERSEERR.stubFor(get(urlPathEqualTo("/api/v1/request/" + id)).willReturn(response));
    }

    @Nested
    class ReadingARequest {

        @Test
        void readsAnApprovedSeriesRequestWithItsSeasonsAndSonarrId() {
            request(128, okJson(body("overseerr/request-128-tv.json")));

            assertThat(overseerr.findRequest(128).block())
                    .contains(new OverseerrRequest(
                            128,
                            OverseerrRequestStatus.APPROVED,
                            MediaType.SERIES,
                            false,
                            List.of(2),
                            new Requester("bob", "bob@example.com"),
                            7L,
                            new OverseerrMedia(95396, 371980L, null, 57, OverseerrMediaStatus.PARTIALLY_AVAILABLE)));
        }

        @Test
        void sendsTheApiKeyAsHeader() {
            request(128, okJson(body("overseerr/request-128-tv.json")));

            overseerr.findRequest(128).block();

            OVERSEERR.verify(
                    getRequestedFor(urlPathEqualTo("/api/v1/request/128")).withHeader("X-Api-Key", equalTo(API_KEY)));
        }

        @Test
        void readsAMovieRequestWithoutSeasonsOrTvdbId() {
            request(127, okJson(body("overseerr/request-127-movie.json")));

            assertThat(overseerr.findRequest(127).block()).hasValueSatisfying(request -> {
                assertThat(request.type()).isEqualTo(MediaType.MOVIE);
                assertThat(request.seasons()).isEmpty();
                assertThat(request.requestedBy()).isEqualTo(new Requester("alice", "alice@example.com"));
                assertThat(request.media())
                        .isEqualTo(
                                new OverseerrMedia(693134, null, "tt15239678", 412, OverseerrMediaStatus.PROCESSING));
            });
        }

        @Test
        void listsRequestedSeasonsInOrderBeforeSonarrHasTheShow() {
            request(131, okJson(body("overseerr/request-131-tv-pending.json")));

            assertThat(overseerr.findRequest(131).block()).hasValueSatisfying(request -> {
                assertThat(request.status()).isEqualTo(OverseerrRequestStatus.PENDING);
                assertThat(request.seasons()).containsExactly(1, 2);
                assertThat(request.media().tvdbId()).isEqualTo(436992L);
                assertThat(request.media().externalServiceId()).isNull();
            });
        }

        @Test
        void leavesTheTvdbIdOutWhenTmdbKnowsNone() {
            request(140, okJson(body("overseerr/request-140-tv-without-tvdb.json")));

            assertThat(overseerr.findRequest(140).block()).hasValueSatisfying(request -> {
                assertThat(request.status()).isEqualTo(OverseerrRequestStatus.FAILED);
                assertThat(request.media().tvdbId()).isNull();
                assertThat(request.media().tmdbId()).isEqualTo(219109);
            });
        }

        @Test
        void findsNothingWhenOverseerrHasNoSuchRequest() {
            request(999, aResponse().withStatus(404).withBody(body("overseerr/request-not-found.json")));

            assertThat(overseerr.findRequest(999).block()).isEmpty();
        }

        @Test
        void prefixesThePathWithTheUrlBase() {
            OVERSEERR.stubFor(get(urlPathEqualTo("/requests/api/v1/request/128"))
                    .willReturn(okJson(body("overseerr/request-128-tv.json"))));

            assertThat(clientAt(OVERSEERR.baseUrl() + "/requests")
                            .findRequest(128)
                            .block())
                    .isPresent();
        }
    }

    @Nested
    class Deciding {

        // Overseerr answers the request as saved; only its status changed.
        private static String decided(int status) {
            String pending = body("overseerr/request-131-tv-pending.json");
            assertThat(pending).startsWith("{\n  \"id\": 131,\n  \"status\": 1,");
            return pending.replaceFirst("\"status\": 1,", "\"status\": " + status + ",");
        }

        @Test
        void approvesWithABodilessPostAndReadsTheRequestAsSaved() {
            OVERSEERR.stubFor(
                    post(urlPathEqualTo("/api/v1/request/131/approve")).willReturn(okJson(decided(2))));

            OverseerrRequest approved = overseerr.approve(131).block();

            assertThat(approved.id()).isEqualTo(131);
            assertThat(approved.status()).isEqualTo(OverseerrRequestStatus.APPROVED);
            assertThat(approved.seasons()).containsExactly(1, 2);
            OVERSEERR.verify(postRequestedFor(urlPathEqualTo("/api/v1/request/131/approve"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withRequestBody(absent()));
        }

        @Test
        void declinesWithABodilessPostAndReadsTheRequestAsSaved() {
            OVERSEERR.stubFor(
                    post(urlPathEqualTo("/api/v1/request/131/decline")).willReturn(okJson(decided(3))));

            assertThat(overseerr.decline(131).block().status()).isEqualTo(OverseerrRequestStatus.DECLINED);
            OVERSEERR.verify(postRequestedFor(urlPathEqualTo("/api/v1/request/131/decline"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withRequestBody(absent()));
            OVERSEERR.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/request/131/approve")));
        }

        // Every fork answers 404 for an unknown id, and for any failure while saving: not "no such thing".
        @Test
        void reportsARequestOverseerrDoesNotHaveAsRejected() {
            OVERSEERR.stubFor(post(urlPathEqualTo("/api/v1/request/999/approve"))
                    .willReturn(aResponse().withStatus(404).withBody(body("overseerr/request-not-found.json"))));

            AdapterFailure failure = failureOf(overseerr.approve(999));

            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure.retryable()).isFalse();
            assertThat(failure)
                    .hasMessageContaining("(HTTP 404 on POST /api/v1/request/999/approve)")
                    .hasMessageEndingWith("Request not found.\" }");
        }

        // The key acts as Overseerr's first user, the owner; without that user it authenticates nobody.
        @Test
        void reportsAKeyThatMayNotDecideAsUnauthorized() {
            OVERSEERR.stubFor(
                    post(urlPathEqualTo("/api/v1/request/131/decline"))
                            .willReturn(
                                    aResponse()
                                            .withStatus(403)
                                            .withBody(
                                                    "{\"status\":403,\"error\":\"You do not have permission to access this endpoint\"}")));

            assertThat(failureOf(overseerr.decline(131)).kind()).isEqualTo(Kind.UNAUTHORIZED);
        }

        @Test
        void refusesIdsThatCannotExist() {
            assertThatIllegalArgumentException().isThrownBy(() -> overseerr.approve(0));
            assertThatIllegalArgumentException().isThrownBy(() -> overseerr.decline(-3));
        }
    }

    @Nested
    class WhenOverseerrFails {

        // Overseerr's auth check answers 403 to a key it does not know; it never sends 401.
        @Test
        void reportsARefusedKeyAsUnauthorized() {
            request(
                    128,
                    aResponse()
                            .withStatus(403)
                            .withBody(
                                    "{\"status\":403,\"error\":\"You do not have permission to access this endpoint\"}"));

            AdapterFailure failure = failureOf(overseerr.findRequest(128));

            assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(failure).hasMessageStartingWith("Overseerr at " + OVERSEERR.baseUrl() + " refused the API key");
        }

        @ParameterizedTest
        @CsvSource({"401, UNAUTHORIZED", "503, NOT_READY", "500, SERVER_ERROR", "400, REJECTED"})
        void readsOtherStatusesTheUsualWay(int status, Kind kind) {
            request(128, aResponse().withStatus(status));

            assertThat(failureOf(overseerr.findRequest(128)).kind()).isEqualTo(kind);
        }

        // A newer fork's number is not a failure: the request still reads, its status as not one we know.
        @Test
        void readsAStatusNumberItDoesNotKnowAsUnrecognised() {
            request(128, okJson(body("overseerr/request-128-tv.json").replace("\"status\": 2,", "\"status\": 9,")));

            assertThat(overseerr.findRequest(128).block()).hasValueSatisfying(request -> assertThat(request.status())
                    .isEqualTo(OverseerrRequestStatus.UNRECOGNISED));
        }

        @Test
        void reportsARequestTypeItDoesNotKnowAsUnreadable() {
            request(
                    128,
                    okJson(body("overseerr/request-128-tv.json").replace("\"type\": \"tv\"", "\"type\": \"music\"")));

            assertThat(failureOf(overseerr.findRequest(128))).hasMessageEndingWith("unknown request type 'music'");
        }

        @Test
        void reportsMalformedJsonAsUnreadable() {
            request(128, okJson("{\"id\": 128, \"status\": "));

            assertThat(failureOf(overseerr.findRequest(128)).kind()).isEqualTo(Kind.UNREADABLE);
        }

        @Test
        void reportsASlowOverseerrAsUnreachableAfterTheTimeout() {
            request(128, okJson(body("overseerr/request-128-tv.json")).withFixedDelay(2_000));
            OverseerrClient impatient =
                    new OverseerrClient(endpoint(OVERSEERR.baseUrl(), Duration.ofSeconds(1)), WebClient.builder());

            assertThat(failureOf(impatient.findRequest(128)))
                    .hasMessage("Overseerr at " + OVERSEERR.baseUrl()
                            + " did not answer within 1 s (GET /api/v1/request/128)")
                    .extracting(AdapterFailure::retryable)
                    .isEqualTo(true);
        }

        @Test
        void reportsAClosedPortAsUnreachable() {
            assertThat(failureOf(clientAt(closedPortUrl()).findRequest(128)).kind())
                    .isEqualTo(Kind.UNREACHABLE);
        }
    }

    @Test
    void showsNeitherKeyNorCredentialsInToString() {
        assertThat(clientAt("http://admin:secret@nas:5055").toString())
                .isEqualTo("OverseerrClient[http://nas:5055]")
                .doesNotContain(API_KEY);
    }
}
