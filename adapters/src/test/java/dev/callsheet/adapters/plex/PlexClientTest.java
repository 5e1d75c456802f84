package dev.callsheet.adapters.plex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.plex.PlexFixtures.TOKEN;
import static dev.callsheet.adapters.plex.PlexFixtures.clientAt;
import static dev.callsheet.adapters.plex.PlexFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.AdapterFailure.Unreadable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlexClientTest {

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final PlexClient plex = clientAt(PLEX.baseUrl());

    @Nested
    class TheToken {

        @Test
        void travelsAsAHeaderOnEveryCallAndNeverInTheQuery() {
            PLEX.stubFor(get(urlPathMatching("/.*")).willReturn(okJson("{\"MediaContainer\": {\"size\": 0}}")));
            PLEX.stubFor(
                    get(urlPathEqualTo("/identity")).willReturn(okJson(body("contract/plex/current/identity.json"))));

            plex.identity().block();
            plex.sections().block();
            plex.refresh("3", "/data/media/films/Arrival (2016)").block();
            plex.findByFile("3", PlexItemType.MOVIE, "Arrival (2016).mkv").block();
            plex.metadata("4021").block();
            plex.allLeaves("5101").block();

            List<ServeEvent> calls = PLEX.getAllServeEvents();
            assertThat(calls).hasSize(6).allSatisfy(call -> {
                assertThat(call.getRequest().getHeader("X-Plex-Token")).isEqualTo(TOKEN);
                assertThat(call.getRequest().getHeader("Accept")).isEqualTo("application/json");
                assertThat(call.getRequest().getUrl()).doesNotContain(TOKEN).doesNotContainIgnoringCase("token");
            });
        }

        @Test
        void isNotShownByTheClient() {
            assertThat(clientAt("http://plex:32400/").toString())
                    .isEqualTo("PlexClient[http://plex:32400]")
                    .doesNotContain(TOKEN);
        }

        @Test
        void isRefusedWithUnauthorized() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections"))
                    .willReturn(aResponse()
                            .withStatus(401)
                            .withHeader("Content-Type", "text/html")
                            .withBody("<html><head><title>Unauthorized</title></head><body>X-Plex-Token=" + TOKEN
                                    + " refused</body></html>")));

            AdapterFailure failure = failureOf(plex.sections());

            assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(failure.retryable()).isFalse();
            assertThat(failure)
                    .hasMessageStartingWith("Plex at " + PLEX.baseUrl())
                    .hasMessageContaining("(HTTP 401 on GET /library/sections)");
        }
    }

    @Nested
    class Identity {

        @Test
        void readsTheMachineIdentifierAndVersion() {
            PLEX.stubFor(get(urlEqualTo("/identity")).willReturn(okJson(body("contract/plex/current/identity.json"))));

            assertThat(plex.identity().block())
                    .isEqualTo(new PlexIdentity("9a1e0c7b52d64f3e8b7a6c5d4e3f2a1b0c9d8e7f", "1.41.3.9314-a0bfb8370"));
        }

        @Test
        void needsTheMachineIdentifier() {
            PLEX.stubFor(get(urlEqualTo("/identity"))
                    .willReturn(okJson("{\"MediaContainer\": {\"version\": \"1.41.3.9314-a0bfb8370\"}}")));

            AdapterFailure failure = failureOf(plex.identity());

            assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(failure.unreadable())
                    .contains(new Unreadable("GET /identity", "MediaContainer.machineIdentifier"));
            assertThat(failure).hasMessageContaining("'machineIdentifier'");
        }
    }

    @Nested
    class Refreshing {

        @Test
        void asksForTheFolderPercentEncodedWhole() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/3/refresh")).willReturn(ok()));

            plex.refresh("3", "/data/media/films/Amélie & Nino #2 (2001) + extras")
                    .block();

            PLEX.verify(getRequestedFor(urlEqualTo("/library/sections/3/refresh?path="
                            + "%2Fdata%2Fmedia%2Ffilms%2FAm%C3%A9lie%20%26%20Nino%20%232%20%282001%29%20%2B%20extras"))
                    .withQueryParam("path", equalTo("/data/media/films/Amélie & Nino #2 (2001) + extras")));
        }

        @Test
        void neverAsksForAForcedMetadataRefresh() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/4/refresh")).willReturn(ok()));

            plex.refresh("4", "/data/media/series/Severance/Season 02").block();

            assertThat(PLEX.getAllServeEvents())
                    .singleElement()
                    .satisfies(call -> assertThat(call.getRequest().getUrl()).doesNotContain("force"));
        }

        @Test
        void takesAnyTwoHundredAsQueued() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/3/refresh")).willReturn(ok()));
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/4/refresh"))
                    .willReturn(ok("<?xml version=\"1.0\"?><MediaContainer size=\"0\"/>")
                            .withHeader("Content-Type", "text/xml")));

            plex.refresh("3", "/data/media/films/Arrival (2016)").block();
            plex.refresh("4", "/data/media/series/Severance").block();

            PLEX.verify(2, getRequestedFor(urlPathMatching("/library/sections/./refresh")));
        }

        @Test
        void readsAnUnknownSectionAsRejected() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/99/refresh")).willReturn(notFound()));

            AdapterFailure failure = failureOf(plex.refresh("99", "/data/media/films"));

            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure)
                    .hasMessageContaining(
                            "(HTTP 404 on GET /library/sections/99/refresh?path=%2Fdata%2Fmedia%2Ffilms)");
        }

        @Test
        void refusesABlankFolderWhichWouldScanTheWholeSection() {
            assertThatIllegalArgumentException().isThrownBy(() -> plex.refresh("3", " "));
            assertThatIllegalArgumentException().isThrownBy(() -> plex.refresh("", "/data/media/films"));
        }
    }

    @Nested
    class FindingByFile {

        @Test
        void asksForTheFileNameOnlyWithTheTypeAndGuids() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/3/all"))
                    .willReturn(okJson(body("contract/plex/current/movie-by-file.json"))));

            List<PlexItem> items = plex.findByFile(
                            "3", PlexItemType.MOVIE, "/data/media/films/Arrival (2016)/Arrival (2016) Bluray-1080p.mkv")
                    .block();

            assertThat(items).extracting(PlexItem::ratingKey).containsExactly("4021");
            PLEX.verify(getRequestedFor(urlEqualTo("/library/sections/3/all?type=1"
                    + "&file=Arrival%20%282016%29%20Bluray-1080p.mkv&includeGuids=1")));
        }

        @Test
        void encodesSpacesAmpersandsHashesAndNonAsciiInTheName() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/4/all")).willReturn(okJson("{\"MediaContainer\": {}}")));
            String name = "Law & Order #1 – Épisode 1+2 ?.mkv";

            assertThat(plex.findByFile("4", PlexItemType.EPISODE, "/tv/Law & Order/Season 01/" + name)
                            .block())
                    .isEmpty();

            PLEX.verify(getRequestedFor(urlEqualTo("/library/sections/4/all?type=4"
                            + "&file=Law%20%26%20Order%20%231%20%E2%80%93%20%C3%89pisode%201%2B2%20%3F.mkv"
                            + "&includeGuids=1"))
                    .withQueryParam("file", equalTo(name)));
        }

        @Test
        void splitsAWindowsPathAtBackslashes() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/3/all")).willReturn(okJson("{\"MediaContainer\": {}}")));

            plex.findByFile("3", PlexItemType.MOVIE, "D:\\Media\\Movies\\Arrival (2016)\\Arrival.mkv")
                    .block();
            plex.findByFile("3", PlexItemType.MOVIE, "\\\\nas\\media\\Movies\\Sicario.mkv")
                    .block();

            PLEX.verify(getRequestedFor(urlPathEqualTo("/library/sections/3/all"))
                    .withQueryParam("file", equalTo("Arrival.mkv")));
            PLEX.verify(getRequestedFor(urlPathEqualTo("/library/sections/3/all"))
                    .withQueryParam("file", equalTo("Sicario.mkv")));
        }

        @Test
        void keepsABackslashInAPosixName() {
            assertThat(PlexClient.fileName("/data/media/films/What\\If.mkv")).isEqualTo("What\\If.mkv");
            assertThat(PlexClient.fileName("Arrival.mkv")).isEqualTo("Arrival.mkv");
        }

        @Test
        void readsEveryFileOfEveryVersionAndOnlyTheIdsItUnderstands() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/3/all"))
                    .willReturn(okJson(body("plex/movie-two-versions.json"))));

            assertThat(plex.findByFile("3", PlexItemType.MOVIE, "Arrival (2016) cd1.mkv")
                            .block())
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.files())
                                .containsExactly(
                                        "/data/media/films/Arrival (2016)/Arrival (2016) Bluray-1080p.mkv",
                                        "/data/media/films-4k/Arrival (2016)/Arrival (2016) cd1.mkv",
                                        "/data/media/films-4k/Arrival (2016)/Arrival (2016) cd2.mkv");
                        assertThat(item.ids()).isEqualTo(new PlexIds(329865L, "tt2543164", null));
                    });
        }

        @Test
        void readsANewEpisodeWhoseShowIsMatchedButItselfNotYet() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/4/all"))
                    .willReturn(okJson(body("plex/episode-metadata-pending.json"))));

            PlexItem episode = plex.findByFile("4", PlexItemType.EPISODE, "Severance - S02E06 - Attila.mkv")
                    .block()
                    .getFirst();

            assertThat(episode)
                    .isEqualTo(new PlexItem(
                            "5125",
                            PlexItemType.EPISODE,
                            "Episode 6",
                            null,
                            new PlexGuid("local://5125"),
                            PlexIds.NONE,
                            "5101",
                            2,
                            6,
                            new PlexGuid("plex://show/5d9c08e2ba6eb9001fba1a3d"),
                            List.of("/data/media/series/Severance/Season 02/Severance - S02E06 - Attila.mkv")));
            assertThat(episode.guid().isLocal()).isTrue();
            assertThat(episode.guid().isMatched()).isFalse();
            assertThat(episode.showGuid().isMatched()).isTrue();
        }

        @Test
        void readsARatingKeySentAsANumber() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/3/all"))
                    .willReturn(okJson(
                            "{\"MediaContainer\": {\"Metadata\": [{\"ratingKey\": 4021, \"type\": \"movie\"}]}}")));

            assertThat(plex.findByFile("3", PlexItemType.MOVIE, "Arrival.mkv").block())
                    .extracting(PlexItem::ratingKey)
                    .containsExactly("4021");
        }

        @Test
        void looksUpOnlyMoviesAndEpisodes() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> plex.findByFile("4", PlexItemType.SHOW, "Severance.mkv"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> plex.findByFile("4", PlexItemType.UNKNOWN, "Severance.mkv"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> plex.findByFile("4", PlexItemType.EPISODE, "/data/media/series/"));
        }
    }

    @Nested
    class Metadata {

        @Test
        void asksWithoutMakingPlexRefreshTheItem() {
            PLEX.stubFor(get(urlPathEqualTo("/library/metadata/4021"))
                    .willReturn(okJson(body("contract/plex/current/movie-metadata.json"))));

            assertThat(plex.metadata("4021").block()).hasValueSatisfying(item -> assertThat(item.ids())
                    .isEqualTo(new PlexIds(329865L, "tt2543164", 1108L)));
            PLEX.verify(getRequestedFor(urlEqualTo("/library/metadata/4021?skipRefresh=1")));
        }

        @Test
        void findsNothingForAKeyPlexDoesNotKnow() {
            PLEX.stubFor(get(urlPathEqualTo("/library/metadata/4999")).willReturn(notFound()));

            assertThat(plex.metadata("4999").block()).isEmpty();
        }

        @Test
        void encodesTheKeyAsOnePathSegment() {
            PLEX.stubFor(get(urlPathMatching("/library/metadata/.*")).willReturn(okJson("{\"MediaContainer\": {}}")));

            plex.metadata("12/../34").block();

            PLEX.verify(getRequestedFor(urlEqualTo("/library/metadata/12%2F..%2F34?skipRefresh=1")));
        }
    }

    @Nested
    class AllLeaves {

        @Test
        void asksForEveryEpisodeOfTheShowWithGuids() {
            PLEX.stubFor(get(urlPathEqualTo("/library/metadata/5101/allLeaves"))
                    .willReturn(okJson(body("contract/plex/current/all-leaves.json"))));

            assertThat(plex.allLeaves("5101").block())
                    .extracting(PlexItem::seasonNumber, PlexItem::episodeNumber)
                    .containsExactly(tuple(2, 1), tuple(2, 2));
            PLEX.verify(getRequestedFor(urlEqualTo("/library/metadata/5101/allLeaves?includeGuids=1")));
        }

        @Test
        void findsNoEpisodesOfAShowPlexDoesNotKnow() {
            PLEX.stubFor(get(urlPathEqualTo("/library/metadata/5999/allLeaves")).willReturn(notFound()));

            assertThat(plex.allLeaves("5999").block()).isEmpty();
        }
    }

    @Nested
    class WhenPlexFails {

        private void answers(ResponseDefinitionBuilder response) {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections")).willReturn(response));
        }

        @ParameterizedTest
        @CsvSource({"401, UNAUTHORIZED, false", "503, NOT_READY, true", "500, SERVER_ERROR, true"})
        void readsTheStatusAsAKindOfFailure(int status, Kind kind, boolean retryable) {
            answers(aResponse().withStatus(status).withBody("<html><body>" + TOKEN + "</body></html>"));

            AdapterFailure failure = failureOf(plex.sections());

            assertThat(failure.kind()).isEqualTo(kind);
            assertThat(failure.retryable()).isEqualTo(retryable);
            assertThat(failure)
                    .hasMessageStartingWith("Plex at " + PLEX.baseUrl())
                    .hasMessageContaining("(HTTP " + status + " on GET /library/sections)");
        }

        @Test
        void reportsAClosedPortAsUnreachable() {
            String nobody = closedPortUrl();

            AdapterFailure failure = failureOf(clientAt(nobody).refresh("3", "/data/media/films"));

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure).hasMessageStartingWith("Plex at " + nobody + " could not be reached");
        }

        @Test
        void reportsASlowPlexAsUnreachableAfterTheTimeout() {
            answers(okJson("{\"MediaContainer\": {}}").withFixedDelay(2_000));

            AdapterFailure failure =
                    failureOf(clientAt(PLEX.baseUrl(), Duration.ofSeconds(1)).sections());

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure)
                    .hasMessage("Plex at " + PLEX.baseUrl() + " did not answer within 1 s (GET /library/sections)");
        }

        @Test
        void namesTheCallAndFieldOfAnUnreadableAnswer() {
            answers(okJson("""
                    {"MediaContainer": {"Directory": [
                      {"key": "3", "type": "movie", "Location": [{"id": 7, "path": "/data/media/films"}]},
                      {"key": "4", "type": "show", "Location": [{"id": 8}]}]}}
                    """));

            AdapterFailure failure = failureOf(plex.sections());

            assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(failure.unreadable())
                    .contains(new Unreadable("GET /library/sections", "MediaContainer.Directory[1].Location[0].path"));
            assertThat(failure)
                    .hasMessageContaining("gave an unreadable answer to GET /library/sections")
                    .hasMessageContaining("'path'");
        }

        @Test
        void readsAnItemWithoutRatingKeyAsUnreadable() {
            PLEX.stubFor(get(urlPathEqualTo("/library/sections/3/all"))
                    .willReturn(okJson("{\"MediaContainer\": {\"Metadata\": [{\"title\": \"Arrival\"}]}}")));

            AdapterFailure failure = failureOf(plex.findByFile("3", PlexItemType.MOVIE, "Arrival.mkv"));

            assertThat(failure.unreadable())
                    .contains(new Unreadable(
                            "GET /library/sections/3/all?type=1&file=Arrival.mkv&includeGuids=1",
                            "MediaContainer.Metadata[0].ratingKey"));
            assertThat(failure).hasMessageContaining("'ratingKey'");
        }

        @Test
        void readsAnAnswerOutsideAMediaContainerAsUnreadable() {
            answers(okJson("{\"errors\": [{\"code\": 1001, \"message\": \"User could not be authenticated\"}]}"));

            AdapterFailure failure = failureOf(plex.sections());

            assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(failure).hasMessageContaining("'MediaContainer'");
        }

        @Test
        void readsANullMediaContainerAsUnreadable() {
            answers(okJson("{\"MediaContainer\": null}"));

            assertThat(failureOf(plex.sections()))
                    .hasMessageContaining("the MediaContainer is null")
                    .extracting(AdapterFailure::kind)
                    .isEqualTo(Kind.UNREADABLE);
        }

        @Test
        void readsAnXmlAnswerAsUnreadable() {
            answers(ok("<?xml version=\"1.0\"?><MediaContainer size=\"0\"/>").withHeader("Content-Type", "text/xml"));

            AdapterFailure failure = failureOf(plex.sections());

            assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(failure).hasMessageContaining("(text/xml)");
        }
    }
}
