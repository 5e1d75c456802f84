package dev.callsheet.adapters.sonarr;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.sonarr.SonarrSeason.EpisodeCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Every call the client makes, against answers shaped like each supported Sonarr in {@code
 * contract/sonarr/} (see its {@code SOURCES.md}): v3 (3.0.10), v4 (4.0.14), and a minimal answer with
 * only what the oldest v3 always sends.
 */
class SonarrVersionContractTest {

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final SonarrClient sonarr = new SonarrClient(endpoint(SONARR.baseUrl()), WebClient.builder());

    /** One call of the client: the path Sonarr serves it at, its fixture's name, and how it is made. */
    enum Call {
        SERIES("/api/v3/series", "series", sonarr -> sonarr.findSeries(393189)),
        EPISODES("/api/v3/episode", "episodes", sonarr -> sonarr.listEpisodes(31)),
        STATUS("/api/v3/system/status", "status", SonarrClient::version);

        private final String path;
        private final String fixture;
        private final Function<SonarrClient, Mono<?>> call;

        Call(String path, String fixture, Function<SonarrClient, Mono<?>> call) {
            this.path = path;
            this.fixture = fixture;
            this.call = call;
        }
    }

    private static final SonarrEpisode UNAIRED_SPECIAL =
            new SonarrEpisode(3100, 0, 1, "TBA", null, null, false, false, null, null);
    private static final SonarrEpisode KASSA = new SonarrEpisode(
            3101,
            1,
            1,
            "Kassa",
            LocalDate.parse("2022-09-21"),
            Instant.parse("2022-09-21T07:00:00Z"),
            true,
            true,
            8938126L,
            4410);

    static Stream<Arguments> answers() {
        return Stream.of(
                // v3 has no tmdbId; a season it has counted nothing for comes without statistics.
                arguments(
                        "v3",
                        Call.SERIES,
                        Optional.of(new SonarrSeries(
                                31,
                                "Andor",
                                393189,
                                null,
                                "tt9253284",
                                2022,
                                true,
                                List.of(
                                        new SonarrSeason(0, false, null),
                                        new SonarrSeason(1, true, new EpisodeCounts(12, 10, 12)))))),
                arguments("v3", Call.EPISODES, List.of(UNAIRED_SPECIAL, KASSA)),
                arguments("v3", Call.STATUS, "3.0.10.1567"),
                arguments(
                        "v4",
                        Call.SERIES,
                        Optional.of(new SonarrSeries(
                                31,
                                "Andor",
                                393189,
                                83867L,
                                "tt9253284",
                                2022,
                                true,
                                List.of(
                                        new SonarrSeason(0, false, new EpisodeCounts(0, 0, 2)),
                                        new SonarrSeason(1, true, new EpisodeCounts(12, 12, 12)),
                                        new SonarrSeason(2, true, new EpisodeCounts(12, 9, 12)))))),
                arguments(
                        "v4",
                        Call.EPISODES,
                        List.of(
                                UNAIRED_SPECIAL,
                                KASSA,
                                new SonarrEpisode(
                                        3224,
                                        2,
                                        12,
                                        "Jedha, Kyber, Erso",
                                        LocalDate.parse("2025-05-12"),
                                        Instant.parse("2025-05-13T01:00:00Z"),
                                        true,
                                        false,
                                        10523431L,
                                        null))),
                arguments("v4", Call.STATUS, "4.0.14.2939"),
                // Only C# value types, which Sonarr always writes: no title, imdbId, tmdbId, statistics,
                // episode tvdbId (before 3.0.7) or air dates; year 0 is "not known".
                arguments(
                        "minimal",
                        Call.SERIES,
                        Optional.of(new SonarrSeries(
                                31, null, 393189, null, null, null, false, List.of(new SonarrSeason(1, true, null))))),
                arguments(
                        "minimal",
                        Call.EPISODES,
                        List.of(new SonarrEpisode(3101, 1, 1, null, null, null, true, false, null, null))),
                arguments("minimal", Call.STATUS, "3.0.5.1144"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void readsTheAnswerOfEverySupportedVersion(String version, Call call, Object expected) {
        SONARR.stubFor(get(urlPathEqualTo(call.path))
                .willReturn(okJson(body("contract/sonarr/" + version + "/" + call.fixture + ".json"))));

        assertThat(call.call.apply(sonarr).block()).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void asksForTheSeriesByItsTvdbIdAndTheEpisodesByTheSeriesId() {
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/series"))
                .withQueryParam("tvdbId", equalTo("393189"))
                .willReturn(okJson(body("contract/sonarr/v4/series.json"))));
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .withQueryParam("seriesId", equalTo("31"))
                .willReturn(okJson(body("contract/sonarr/v4/episodes.json"))));

        assertThat(sonarr.findSeries(393189).block()).isPresent();
        assertThat(sonarr.listEpisodes(31).block()).hasSize(3);
    }

    @Test
    void reportsAStatusWithoutVersionAsUnreadableNamingTheCall() {
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/system/status"))
                .willReturn(okJson("{\"appName\": \"Sonarr\", \"version\": null}")));

        AdapterFailure failure = failureOf(sonarr.version());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure.unreadable())
                .hasValueSatisfying(unreadable -> assertThat(unreadable.call()).isEqualTo("GET /api/v3/system/status"));
        assertThat(failure)
                .hasMessageEndingWith(
                        "gave an unreadable answer to GET /api/v3/system/status: the status names no" + " version");
    }

    @Test
    void reportsAnEpisodeWithoutItsNumberAsUnreadableAtThatField() {
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .willReturn(okJson("[{\"id\": 3101, \"seasonNumber\": 1, \"title\": \"Kassa\"}]")));

        AdapterFailure failure = failureOf(sonarr.listEpisodes(31));

        assertThat(failure.unreadable())
                .contains(new AdapterFailure.Unreadable("GET /api/v3/episode?seriesId=31", "[0].episodeNumber"));
    }
}
