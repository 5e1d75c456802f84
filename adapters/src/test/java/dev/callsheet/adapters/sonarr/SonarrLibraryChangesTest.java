package dev.callsheet.adapters.sonarr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static dev.callsheet.adapters.sonarr.SonarrClientTest.clientAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the client changes in Sonarr's library, and what it reads to do so: lookups, profiles, root folders. */
class SonarrLibraryChangesTest {

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final SonarrClient sonarr = clientAt(SONARR.baseUrl());

    private static final String SEVERANCE_ADDED = """
            {"id": 57, "title": "Severance", "tvdbId": 371980, "year": 2022, "monitored": true,
             "seasons": [{"seasonNumber": 0, "monitored": false}, {"seasonNumber": 1, "monitored": false},
                         {"seasonNumber": 2, "monitored": true}]}
            """;

    @Nested
    class LookingUpASeries {

        @Test
        void findsASeriesNotInTheLibraryByItsTvdbId() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup"))
                    .withQueryParam("term", equalTo("tvdb:371980"))
                    .willReturn(okJson("""
                            [{"title": "Severance", "tvdbId": 371980, "year": 2022, "monitored": false,
                              "seasons": [{"seasonNumber": 0, "monitored": false},
                                          {"seasonNumber": 1, "monitored": true},
                                          {"seasonNumber": 2, "monitored": true}],
                              "added": "0001-01-01T00:00:00Z"}]
                            """)));

            SonarrLookup found = sonarr.lookupSeries(371980).block().orElseThrow();

            assertThat(found).isEqualTo(new SonarrLookup(null, "Severance", 371980, 2022, List.of(0, 1, 2)));
            assertThat(found.inLibrary()).isFalse();
            SONARR.verify(
                    getRequestedFor(urlPathEqualTo("/api/v3/series/lookup")).withHeader("X-Api-Key", equalTo(API_KEY)));
        }

        @Test
        void answersTheLibrarysIdForASeriesSonarrHasAlready() {
            SONARR.stubFor(
                    get(urlPathEqualTo("/api/v3/series/lookup")).willReturn(okJson("[" + SEVERANCE_ADDED + "]")));

            SonarrLookup found = sonarr.lookupSeries(371980).block().orElseThrow();

            assertThat(found.seriesId()).isEqualTo(57);
            assertThat(found.inLibrary()).isTrue();
        }

        @Test
        void takesOnlyTheSeriesWithTheTvdbIdAskedFor() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup")).willReturn(okJson("""
                    [{"title": "Severance (2019)", "tvdbId": 360001, "seasons": []},
                     {"title": "Severance", "tvdbId": 371980, "seasons": [{"seasonNumber": 1}]}]
                    """)));

            assertThat(sonarr.lookupSeries(371980).block())
                    .hasValueSatisfying(found -> assertThat(found.title()).isEqualTo("Severance"));
            assertThat(sonarr.lookupSeries(81189).block()).isEmpty();
        }

        @Test
        void findsNothingWhenTheTvdbHasNoSuchSeries() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup")).willReturn(okJson("[]")));

            assertThat(sonarr.lookupSeries(999999999).block()).isEmpty();
        }

        @Test
        void reportsAnUnreachableMetadataServiceAsNotReady() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/lookup"))
                    .willReturn(aResponse()
                            .withStatus(503)
                            .withBody("{\"message\": \"Search for 'tvdb:371980' failed. Unable to communicate with"
                                    + " SkyHook.\"}")));

            AdapterFailure failure = failureOf(sonarr.lookupSeries(371980));

            assertThat(failure.kind()).isEqualTo(Kind.NOT_READY);
            assertThat(failure.retryable()).isTrue();
        }
    }

    @Nested
    class AddingASeries {

        private NewSeries severance(Integer languageProfileId) {
            return new NewSeries("Severance", 371980, List.of(0, 1, 2), Set.of(2), 4, languageProfileId, "/tv/");
        }

        private void sonarrAdds() {
            SONARR.stubFor(post(urlPathEqualTo("/api/v3/series"))
                    .willReturn(aResponse()
                            .withStatus(201)
                            .withHeader("Content-Type", "application/json")
                            .withBody(SEVERANCE_ADDED)));
        }

        @Test
        void addsWithTheLanguageProfileSonarrV3RequiresMonitoringOnlyTheRequestedSeasonsAndSearchingNothing() {
            sonarrAdds();

            sonarr.addSeries(severance(1)).block();

            SONARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/series"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson("""
                            {"title": "Severance", "tvdbId": 371980, "qualityProfileId": 4, "languageProfileId": 1,
                             "rootFolderPath": "/tv/", "seasonFolder": true, "monitored": true,
                             "seasons": [{"seasonNumber": 0, "monitored": false},
                                         {"seasonNumber": 1, "monitored": false},
                                         {"seasonNumber": 2, "monitored": true}],
                             "addOptions": {"monitor": "unknown", "searchForMissingEpisodes": false,
                                            "searchForCutoffUnmetEpisodes": false,
                                            "ignoreEpisodesWithFiles": false, "ignoreEpisodesWithoutFiles": false}}
                            """)));
        }

        @Test
        void leavesTheLanguageProfileOutForSonarrV4() {
            sonarrAdds();

            sonarr.addSeries(severance(null)).block();

            SONARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/series")).withRequestBody(equalToJson("""
                    {"title": "Severance", "tvdbId": 371980, "qualityProfileId": 4,
                     "rootFolderPath": "/tv/", "seasonFolder": true, "monitored": true,
                     "seasons": [{"seasonNumber": 0, "monitored": false},
                                 {"seasonNumber": 1, "monitored": false},
                                 {"seasonNumber": 2, "monitored": true}],
                     "addOptions": {"monitor": "unknown", "searchForMissingEpisodes": false,
                                    "searchForCutoffUnmetEpisodes": false,
                                    "ignoreEpisodesWithFiles": false, "ignoreEpisodesWithoutFiles": false}}
                    """)));
        }

        @Test
        void sendsARequestedSeasonTheLookupDidNotKnowInItsPlace() {
            sonarrAdds();

            sonarr.addSeries(new NewSeries("Severance", 371980, List.of(2, 0), Set.of(1, 3), 4, null, "/tv/"))
                    .block();

            SONARR.verify(
                    postRequestedFor(urlPathEqualTo("/api/v3/series")).withRequestBody(equalToJson("""
                            {"seasons": [{"seasonNumber": 0, "monitored": false},
                                         {"seasonNumber": 1, "monitored": true},
                                         {"seasonNumber": 2, "monitored": false},
                                         {"seasonNumber": 3, "monitored": true}]}
                            """, false, true)));
        }

        @ParameterizedTest(name = "language profile {0}")
        @NullSource
        @ValueSource(ints = 1)
        void asksSonarrV3AndV4ToMonitorOnlyTheEpisodesNotAiredYetAndSearchNothing(Integer languageProfileId) {
            sonarrAdds();

            sonarr.addSeries(new NewSeries(
                            "Severance", 371980, List.of(0, 1, 2), Set.of(), 4, languageProfileId, "/tv/", true))
                    .block();

            SONARR.verify(
                    postRequestedFor(urlPathEqualTo("/api/v3/series")).withRequestBody(equalToJson("""
                            {"seasons": [{"seasonNumber": 0, "monitored": false},
                                         {"seasonNumber": 1, "monitored": false},
                                         {"seasonNumber": 2, "monitored": false}],
                             "addOptions": {"monitor": "future", "searchForMissingEpisodes": false,
                                            "searchForCutoffUnmetEpisodes": false,
                                            "ignoreEpisodesWithFiles": false, "ignoreEpisodesWithoutFiles": false}}
                            """, false, true)));
            SONARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/series"))
                    .withRequestBody(
                            languageProfileId == null
                                    ? notContaining("languageProfileId")
                                    : matchingJsonPath("$.languageProfileId", equalTo("1"))));
        }

        @Test
        void answersTheSeriesAsSonarrAddedIt() {
            sonarrAdds();

            assertThat(sonarr.addSeries(severance(null)).block())
                    .isEqualTo(new SonarrSeries(
                            57,
                            "Severance",
                            371980,
                            null,
                            null,
                            2022,
                            true,
                            List.of(
                                    new SonarrSeason(0, false, null),
                                    new SonarrSeason(1, false, null),
                                    new SonarrSeason(2, true, null))));
        }

        @Test
        void reportsSonarrsReasonsForRefusingTheSeries() {
            SONARR.stubFor(post(urlPathEqualTo("/api/v3/series"))
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withHeader("Content-Type", "application/json")
                            .withBody("""
                            [{"propertyName": "RootFolderPath", "errorMessage": "Root folder '/tv/' does not exist",
                              "attemptedValue": "/tv/", "severity": "error", "errorCode": "RootFolderExistsValidator",
                              "formattedMessagePlaceholderValues": {"path": "/tv/", "propertyName": "Root Folder Path",
                                "propertyValue": "/tv/"}},
                             {"propertyName": "TvdbId", "errorMessage": "This series has already been added",
                              "attemptedValue": 371980, "severity": "error"}]
                            """)));

            AdapterFailure failure = failureOf(sonarr.addSeries(severance(null)));

            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure.retryable()).isFalse();
            assertThat(failure)
                    .hasMessage("Sonarr at " + SONARR.baseUrl() + " refused the call (HTTP 400 on POST"
                            + " /api/v3/series): Root folder '/tv/' does not exist; This series has already been"
                            + " added");
        }

        @Test
        void refusesANewSeriesSonarrWouldRefuse() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new NewSeries(" ", 371980, List.of(1), Set.of(1), 4, null, "/tv/"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new NewSeries("Severance", 371980, List.of(1), Set.of(1), 4, null, ""));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new NewSeries("Severance", 0, List.of(1), Set.of(1), 4, null, "/tv/"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new NewSeries("Severance", 371980, List.of(1), Set.of(1), 0, null, "/tv/"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new NewSeries("Severance", 371980, List.of(1), Set.of(1), 4, 0, "/tv/"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new NewSeries("Severance", 371980, List.of(1), Set.of(-1), 4, null, "/tv/"));
        }
    }

    @Nested
    class MonitoringSeasons {

        private final String series = body("sonarr/series-with-unknown-fields.json");

        @Test
        void sendsTheSeriesBackAsReadWithOnlyTheSeriesAndTheRequestedSeasonsMonitored() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(series)));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/series/57"))
                    .willReturn(aResponse()
                            .withStatus(202)
                            .withHeader("Content-Type", "application/json")
                            .withBody(SEVERANCE_ADDED)));

            SonarrSeries updated = sonarr.monitorSeasons(57, Set.of(2, 5)).block();

            ObjectNode expected = (ObjectNode) JsonMapper.shared().readTree(series);
            expected.put("monitored", true);
            ((ObjectNode) expected.withArray("seasons").get(2)).put("monitored", true);
            SONARR.verify(putRequestedFor(urlPathEqualTo("/api/v3/series/57"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson(expected.toString())));
            assertThat(updated.seasons())
                    .extracting(SonarrSeason::seasonNumber, SonarrSeason::monitored)
                    .containsExactly(tuple(0, false), tuple(1, false), tuple(2, true));
        }

        @Test
        void keepsWhatCallsheetDoesNotKnowAndWhatV3AndV4NeedBack() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(series)));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(SEVERANCE_ADDED)));

            sonarr.monitorSeasons(57, Set.of(1)).block();

            SONARR.verify(putRequestedFor(urlPathEqualTo("/api/v3/series/57"))
                    .withRequestBody(equalToJson("""
                            {"languageProfileId": 2, "monitorNewItems": "none", "tags": [3, 7],
                             "somethingSonarrAddsLater": {"nested": {"deeply": true}, "list": ["a", "b"]},
                             "seasons": [{"seasonNumber": 0, "monitored": false,
                                          "images": [{"coverType": "poster", "url": "/s0.jpg"}]},
                                         {"seasonNumber": 1, "monitored": true,
                                          "statistics": {"episodeFileCount": 9, "episodeCount": 9,
                                                         "totalEpisodeCount": 9}},
                                         {"seasonNumber": 2, "monitored": false,
                                          "futureSeasonField": {"kept": [1, 2, 3]}}]}
                            """, false, true)));
        }

        @Test
        void changesNothingWhenTheSeriesIsGone() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(notFound()));

            AdapterFailure failure = failureOf(sonarr.monitorSeasons(57, Set.of(1)));

            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure).hasMessageContaining("(HTTP 404 on GET /api/v3/series/57)");
            SONARR.verify(0, putRequestedFor(urlPathEqualTo("/api/v3/series/57")));
        }

        @Test
        void changesNothingWhenTheAnswerIsNoSeries() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson("[]")));

            AdapterFailure failure = failureOf(sonarr.monitorSeasons(57, Set.of(1)));

            assertThat(failure.unreadable()).contains(new AdapterFailure.Unreadable("GET /api/v3/series/57", null));
            assertThat(failure).hasMessageEndingWith("the series has no seasons");
            SONARR.verify(0, putRequestedFor(urlPathEqualTo("/api/v3/series/57")));
        }

        @Test
        void reportsSonarrsReasonsForRefusingTheUpdate() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series/57")).willReturn(okJson(series)));
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/series/57"))
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withBody("[{\"propertyName\": \"LanguageProfileId\", \"errorMessage\": \"Language"
                                    + " profile does not exist\", \"attemptedValue\": 0}]")));

            assertThat(failureOf(sonarr.monitorSeasons(57, Set.of(1))))
                    .hasMessageEndingWith(
                            "refused the call (HTTP 400 on PUT /api/v3/series/57): Language profile does not exist");
        }
    }

    @Nested
    class MonitoringEpisodes {

        @Test
        void setsTheEpisodesMonitoredAndAnswersThemAsUpdated() {
            SONARR.stubFor(put(urlPathEqualTo("/api/v3/episode/monitor"))
                    .willReturn(aResponse()
                            .withStatus(202)
                            .withHeader("Content-Type", "application/json")
                            .withBody("""
                                    [{"id": 2109, "seriesId": 57, "seasonNumber": 2, "episodeNumber": 9,
                                      "monitored": false, "hasFile": false}]
                                    """)));

            List<SonarrEpisode> episodes =
                    sonarr.monitorEpisodes(List.of(2109), false).block();

            assertThat(episodes)
                    .containsExactly(new SonarrEpisode(2109, 2, 9, null, null, null, false, false, null, null));
            SONARR.verify(putRequestedFor(urlPathEqualTo("/api/v3/episode/monitor"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withRequestBody(equalToJson("{\"episodeIds\": [2109], \"monitored\": false}")));
        }

        @Test
        void refusesAnEmptyListOrIdsThatCannotExist() {
            assertThatIllegalArgumentException().isThrownBy(() -> sonarr.monitorEpisodes(List.of(), true));
            assertThatIllegalArgumentException().isThrownBy(() -> sonarr.monitorEpisodes(List.of(2109, 0), true));
        }
    }

    @Nested
    class ProfilesAndRootFolders {

        @Test
        void readsTheQualityProfilesByIdAndName() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/qualityprofile"))
                    .willReturn(okJson("[{\"id\": 4, \"name\": \"HD-1080p\", \"cutoff\": 7, \"items\": []}]")));

            assertThat(sonarr.qualityProfiles().block()).containsExactly(new SonarrProfile(4, "HD-1080p"));
        }

        @Test
        void readsSonarrV3sLanguageProfiles() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/languageprofile"))
                    .willReturn(okJson("[{\"id\": 1, \"name\": \"English\"}, {\"id\": 2, \"name\": \"Deprecated\"}]")));

            assertThat(sonarr.languageProfiles().block())
                    .containsExactly(new SonarrProfile(1, "English"), new SonarrProfile(2, "Deprecated"));
        }

        @Test
        void readsSonarrV4sStandInAsNoLanguageProfiles() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/languageprofile"))
                    .willReturn(okJson("[{\"id\": 1, \"name\": \"Deprecated\", \"upgradeAllowed\": true}]")));

            assertThat(sonarr.languageProfiles().block()).isEmpty();
        }

        @Test
        void readsAMissingPathAsNoLanguageProfiles() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/languageprofile")).willReturn(notFound()));

            assertThat(sonarr.languageProfiles().block()).isEmpty();
        }

        @Test
        void readsTheRootFolders() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/rootfolder")).willReturn(okJson("""
                    [{"id": 1, "path": "/tv/", "accessible": true, "freeSpace": 1099511627776, "unmappedFolders": []},
                     {"id": 2, "path": "/mnt/gone/", "accessible": false}]
                    """)));

            assertThat(sonarr.rootFolders().block())
                    .containsExactly(
                            new SonarrRootFolder(1, "/tv/", true, 1099511627776L),
                            new SonarrRootFolder(2, "/mnt/gone/", false, null));
        }

        @Test
        void reportsAWrongKeyAsUnauthorized() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/rootfolder"))
                    .willReturn(aResponse().withStatus(401)));

            assertThat(failureOf(sonarr.rootFolders()).kind()).isEqualTo(Kind.UNAUTHORIZED);
        }
    }
}
