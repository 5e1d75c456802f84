package dev.callsheet.adapters.sonarr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import dev.callsheet.adapters.sonarr.SonarrSeason.EpisodeCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;

class SonarrClientTest {

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static SonarrClient clientAt(String baseUrl) {
        return new SonarrClient(endpoint(baseUrl), WebClient.builder());
    }

    private final SonarrClient sonarr = clientAt(SONARR.baseUrl());

    @Nested
    class FindingASeries {

        @Test
        void readsTheSeriesWithItsSeasonsAndEpisodeCounts() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                    .withQueryParam("tvdbId", equalTo("371980"))
                    .willReturn(okJson(body("sonarr/series-severance.json"))));

            Optional<SonarrSeries> series = sonarr.findSeries(371980).block();

            assertThat(series)
                    .contains(new SonarrSeries(
                            57,
                            "Severance",
                            371980,
                            95396L,
                            "tt11280740",
                            2022,
                            true,
                            List.of(
                                    new SonarrSeason(0, false, new EpisodeCounts(0, 0, 1)),
                                    new SonarrSeason(1, false, new EpisodeCounts(0, 0, 9)),
                                    new SonarrSeason(2, true, new EpisodeCounts(10, 0, 10)))));
        }

        @Test
        void sendsTheApiKeyAsHeader() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series")).willReturn(okJson("[]")));
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode")).willReturn(okJson("[]")));

            sonarr.findSeries(371980).block();
            sonarr.listEpisodes(57).block();

            SONARR.verify(getRequestedFor(urlPathEqualTo("/api/v3/series"))
                    .withQueryParam("tvdbId", equalTo("371980"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withHeader("Accept", equalTo("application/json")));
            SONARR.verify(getRequestedFor(urlPathEqualTo("/api/v3/episode"))
                    .withQueryParam("seriesId", equalTo("57"))
                    .withHeader("X-Api-Key", equalTo(API_KEY)));
        }

        @Test
        void findsNothingWhenSonarrAnswersAnEmptyList() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series")).willReturn(okJson("[]")));

            assertThat(sonarr.findSeries(81189).block()).isEmpty();
        }

        @Test
        void readsZerosAndMissingValuesAsNotKnownAndIgnoresUnknownFields() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                    .willReturn(okJson(body("sonarr/series-sparse-with-unknown-fields.json"))));

            assertThat(sonarr.findSeries(436992).block())
                    .contains(new SonarrSeries(
                            58,
                            "Doctor Who (2023)",
                            436992,
                            null,
                            null,
                            null,
                            true,
                            List.of(new SonarrSeason(1, true, null))));
        }

        @Test
        void readsASonarrV3SeriesWhichHasNoTmdbIdAndASeasonWithoutStatistics() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series")).willReturn(okJson(body("sonarr/series-v3.json"))));

            assertThat(sonarr.findSeries(371980).block())
                    .contains(new SonarrSeries(
                            12,
                            "Severance",
                            371980,
                            null,
                            "tt11280740",
                            2022,
                            true,
                            List.of(
                                    new SonarrSeason(1, false, new SonarrSeason.EpisodeCounts(9, 9, 9)),
                                    new SonarrSeason(2, true, null))));
        }
    }

    @Nested
    class ListingEpisodes {

        @Test
        void readsEveryEpisodeOfTheSeries() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                    .withQueryParam("seriesId", equalTo("57"))
                    .willReturn(okJson(body("sonarr/episodes-severance.json"))));

            List<SonarrEpisode> episodes = sonarr.listEpisodes(57).block();

            assertThat(episodes).hasSize(20);
            assertThat(episodes)
                    .filteredOn(episode -> episode.seasonNumber() == 2)
                    .extracting(SonarrEpisode::tvdbId)
                    .containsExactly(
                            10384101L, 10384102L, 10384103L, 10384104L, 10384105L, 10384106L, 10384107L, 10384108L,
                            10384109L, 10384110L);
            assertThat(episodes)
                    .filteredOn(episode -> episode.seasonNumber() == 2 && episode.episodeNumber() == 1)
                    .containsExactly(new SonarrEpisode(
                            2101,
                            2,
                            1,
                            "Hello, Ms. Cobel",
                            LocalDate.parse("2025-01-17"),
                            Instant.parse("2025-01-17T02:00:00Z"),
                            true,
                            false,
                            10384101L,
                            null));
        }

        @Test
        void readsAnEpisodeWithoutAirDateAsNotYetDated() {
            SONARR.stubFor(
                    get(urlPathEqualTo("/api/v3/episode")).willReturn(okJson(body("sonarr/episodes-severance.json"))));

            SonarrEpisode special = sonarr.listEpisodes(57).block().getFirst();

            assertThat(special.seasonNumber()).isZero();
            assertThat(special.airDate()).isNull();
            assertThat(special.airDateUtc()).isNull();
            assertThat(special.tvdbId()).isNull();
        }

        @Test
        void readsExplicitNullsAndIgnoresUnknownFields() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                    .willReturn(okJson(body("sonarr/episodes-unaired-with-unknown-fields.json"))));

            assertThat(sonarr.listEpisodes(58).block())
                    .containsExactly(new SonarrEpisode(3201, 1, 1, "TBA", null, null, true, false, null, null));
        }

        @Test
        void readsTheFileOfAnImportedEpisode() {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode")).willReturn(okJson("""
                    [{"id": 2103, "seriesId": 57, "tvdbId": 10384103, "episodeFileId": 5503, "seasonNumber": 2,
                      "episodeNumber": 3, "title": "Who Is Alive?", "airDate": "2025-01-31",
                      "airDateUtc": "2025-01-31T02:00:00Z", "hasFile": true, "monitored": true}]
                    """)));

            assertThat(sonarr.listEpisodes(57).block()).singleElement().satisfies(episode -> {
                assertThat(episode.hasFile()).isTrue();
                assertThat(episode.episodeFileId()).isEqualTo(5503);
            });
        }
    }

    @Nested
    class UnderAUrlBase {

        @Test
        void prefixesEveryPathWithTheUrlBase() {
            SONARR.stubFor(get(urlPathEqualTo("/sonarr/api/v3/series"))
                    .withQueryParam("tvdbId", equalTo("371980"))
                    .willReturn(okJson(body("sonarr/series-severance.json"))));
            SONARR.stubFor(get(urlPathEqualTo("/sonarr/api/v3/episode"))
                    .withQueryParam("seriesId", equalTo("57"))
                    .willReturn(okJson(body("sonarr/episodes-severance.json"))));
            SonarrClient underBase = clientAt(SONARR.baseUrl() + "/sonarr");

            assertThat(underBase.findSeries(371980).block()).isPresent();
            assertThat(underBase.listEpisodes(57).block()).hasSize(20);
        }

        @Test
        void acceptsTheUrlBaseWithATrailingSlash() {
            SONARR.stubFor(get(urlPathEqualTo("/sonarr/api/v3/series")).willReturn(okJson("[]")));

            assertThat(clientAt(SONARR.baseUrl() + "/sonarr/")
                            .findSeries(371980)
                            .block())
                    .isEmpty();
            SONARR.verify(getRequestedFor(urlPathEqualTo("/sonarr/api/v3/series")));
        }
    }

    @Test
    void showsNeitherKeyNorCredentialsInToString() {
        assertThat(clientAt("http://user:secret@nas:8989/sonarr").toString())
                .isEqualTo("SonarrClient[http://nas:8989/sonarr]")
                .doesNotContain(API_KEY);
    }

    @Test
    void refusesIdsThatCannotExist() {
        assertThatIllegalArgumentException().isThrownBy(() -> sonarr.findSeries(0));
        assertThatIllegalArgumentException().isThrownBy(() -> sonarr.listEpisodes(-1));
    }

    @Nested
    class WhenSonarrFails {

        private void answers(ResponseDefinitionBuilder response) {
            SONARR.stubFor(get(urlPathEqualTo("/api/v3/series")).willReturn(response));
        }

        @ParameterizedTest
        @CsvSource({"401, UNAUTHORIZED, false", "503, NOT_READY, true", "500, SERVER_ERROR, true"})
        void readsTheStatusAsAKindOfFailure(int status, Kind kind, boolean retryable) {
            answers(aResponse().withStatus(status).withBody("{\"message\": \"database is locked\"}"));

            AdapterFailure failure = failureOf(sonarr.findSeries(371980));

            assertThat(failure.kind()).isEqualTo(kind);
            assertThat(failure.retryable()).isEqualTo(retryable);
            assertThat(failure)
                    .hasMessageStartingWith("Sonarr at " + SONARR.baseUrl())
                    .hasMessageContaining("(HTTP " + status + " on GET /api/v3/series?tvdbId=371980)");
        }

        @Test
        void reportsASlowSonarrAsUnreachableAfterTheTimeout() {
            answers(okJson("[]").withFixedDelay(2_000));
            SonarrClient impatient =
                    new SonarrClient(endpoint(SONARR.baseUrl(), Duration.ofSeconds(1)), WebClient.builder());

            AdapterFailure failure = failureOf(impatient.findSeries(371980));

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure)
                    .hasMessage("Sonarr at " + SONARR.baseUrl()
                            + " did not answer within 1 s (GET /api/v3/series?tvdbId=371980)");
        }

        @Test
        void reportsAClosedPortAsUnreachable() {
            String nobody = closedPortUrl();

            AdapterFailure failure = failureOf(clientAt(nobody).listEpisodes(57));

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure).hasMessageStartingWith("Sonarr at " + nobody + " could not be reached");
        }

        @Test
        void reportsMalformedJsonAsUnreadable() {
            answers(okJson("[{\"id\": 57, \"title\": \"Severance\""));

            AdapterFailure failure = failureOf(sonarr.findSeries(371980));

            assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(failure.retryable()).isFalse();
            assertThat(failure).hasMessageContaining("gave an unreadable answer to GET /api/v3/series?tvdbId=371980");
        }

        @Test
        void reportsASeriesWithoutIdAsUnreadable() {
            answers(okJson("[{\"title\": \"Severance\", \"tvdbId\": 371980}]"));

            assertThat(failureOf(sonarr.findSeries(371980)))
                    .hasMessageContaining("[0]")
                    .hasMessageContaining("'id'")
                    .extracting(AdapterFailure::kind)
                    .isEqualTo(Kind.UNREADABLE);
        }
    }
}
