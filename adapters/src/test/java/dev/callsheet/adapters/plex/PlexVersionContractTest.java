package dev.callsheet.adapters.plex;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.body;
import static dev.callsheet.adapters.plex.PlexFixtures.clientAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.plex.PlexSection.Location;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * Every call the client makes, against answers shaped like each Plex Media Server shape in {@code
 * contract/plex/} (see its {@code SOURCES.md}): the current server with the current agents, the
 * legacy agents' items, and a minimal answer with only what every answer carries.
 */
class PlexVersionContractTest {

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final PlexClient plex = clientAt(PLEX.baseUrl());

    /** One call of the client: the path Plex serves it at, its fixture's name, and how it is made. */
    enum Call {
        IDENTITY("/identity", "identity", plex -> plex.identity()),
        SECTIONS("/library/sections", "sections", plex -> plex.sections()),
        MOVIE_BY_FILE(
                "/library/sections/[^/]+/all",
                "movie-by-file",
                plex -> plex.findByFile("3", PlexItemType.MOVIE, "/data/media/films/Arrival (2016)/a.mkv")),
        EPISODE_BY_FILE(
                "/library/sections/[^/]+/all",
                "episode-by-file",
                plex -> plex.findByFile("4", PlexItemType.EPISODE, "/data/media/series/Severance/a.mkv")),
        MOVIE_METADATA("/library/metadata/[^/]+", "movie-metadata", plex -> plex.metadata("4021")),
        SHOW_METADATA("/library/metadata/[^/]+", "show-metadata", plex -> plex.metadata("5101")),
        ALL_LEAVES("/library/metadata/[^/]+/allLeaves", "all-leaves", plex -> plex.allLeaves("5101"));

        private final String path;
        private final String fixture;
        private final Function<PlexClient, Mono<?>> call;

        Call(String path, String fixture, Function<PlexClient, Mono<?>> call) {
            this.path = path;
            this.fixture = fixture;
            this.call = call;
        }
    }

    private static final String MACHINE = "9a1e0c7b52d64f3e8b7a6c5d4e3f2a1b0c9d8e7f";
    private static final String ARRIVAL_FILE = "/data/media/films/Arrival (2016)/Arrival (2016) Bluray-1080p.mkv";
    private static final String COBEL_FILE =
            "/data/media/series/Severance/Season 02/Severance - S02E01 - Hello, Ms. Cobel.mkv";
    private static final String SELVIG_FILE =
            "/data/media/series/Severance/Season 02/Severance - S02E02 - Goodbye, Mrs. Selvig.mkv";
    private static final PlexGuid ARRIVAL = new PlexGuid("plex://movie/5d776b59ad5437001f79c6f8");
    private static final PlexGuid SEVERANCE = new PlexGuid("plex://show/5d9c08e2ba6eb9001fba1a3d");
    private static final PlexGuid COBEL = new PlexGuid("plex://episode/6790a1b2c3d4e5f6a7b8c9d0");
    private static final PlexGuid SELVIG = new PlexGuid("plex://episode/6790a1b2c3d4e5f6a7b8c9d1");
    private static final PlexGuid LEGACY_SEVERANCE = new PlexGuid("com.plexapp.agents.thetvdb://371980?lang=en");
    private static final PlexGuid LEGACY_COBEL = new PlexGuid("com.plexapp.agents.thetvdb://371980/2/1?lang=en");

    static Stream<Arguments> answers() {
        return Stream.of(current(), minimal(), legacyAgents()).flatMap(Function.identity());
    }

    private static Stream<Arguments> current() {
        PlexItem cobel = new PlexItem(
                "5120",
                PlexItemType.EPISODE,
                "Hello, Ms. Cobel",
                2025,
                COBEL,
                new PlexIds(5435881L, "tt15242966", 10384101L),
                "5101",
                2,
                1,
                SEVERANCE,
                List.of(COBEL_FILE));
        PlexItem arrival = new PlexItem(
                "4021",
                PlexItemType.MOVIE,
                "Arrival",
                2016,
                ARRIVAL,
                new PlexIds(329865L, "tt2543164", 1108L),
                null,
                null,
                null,
                null,
                List.of(ARRIVAL_FILE));
        return Stream.of(
                arguments("current", Call.IDENTITY, new PlexIdentity(MACHINE, "1.41.3.9314-a0bfb8370")),
                arguments(
                        "current",
                        Call.SECTIONS,
                        List.of(
                                new PlexSection(
                                        "3",
                                        PlexSectionType.MOVIE,
                                        "Films",
                                        "tv.plex.agents.movie",
                                        "Plex Movie",
                                        false,
                                        List.of(
                                                new Location(7L, "/data/media/films"),
                                                new Location(9L, "/data/media/films-4k"))),
                                new PlexSection(
                                        "4",
                                        PlexSectionType.SHOW,
                                        "Series",
                                        "tv.plex.agents.series",
                                        "Plex TV Series",
                                        true,
                                        List.of(new Location(8L, "/data/media/series"))))),
                arguments("current", Call.MOVIE_BY_FILE, List.of(arrival)),
                arguments("current", Call.EPISODE_BY_FILE, List.of(cobel)),
                arguments("current", Call.MOVIE_METADATA, Optional.of(arrival)),
                arguments(
                        "current",
                        Call.SHOW_METADATA,
                        Optional.of(new PlexItem(
                                "5101",
                                PlexItemType.SHOW,
                                "Severance",
                                2022,
                                SEVERANCE,
                                new PlexIds(95396L, "tt11280740", 371980L),
                                null,
                                null,
                                null,
                                null,
                                List.of()))),
                arguments(
                        "current",
                        Call.ALL_LEAVES,
                        List.of(
                                cobel,
                                new PlexItem(
                                        "5121",
                                        PlexItemType.EPISODE,
                                        "Goodbye, Mrs. Selvig",
                                        2025,
                                        SELVIG,
                                        new PlexIds(5435882L, "tt15242970", 10384102L),
                                        "5101",
                                        2,
                                        2,
                                        SEVERANCE,
                                        List.of(SELVIG_FILE)))));
    }

    // What a minimal answer lacks reads as null or empty: year, Guid[], the show's guid, agent,
    // scanner and the refreshing flag.
    private static Stream<Arguments> minimal() {
        PlexItem cobel = new PlexItem(
                "5120",
                PlexItemType.EPISODE,
                "Hello, Ms. Cobel",
                null,
                COBEL,
                PlexIds.NONE,
                "5101",
                2,
                1,
                null,
                List.of(COBEL_FILE));
        PlexItem arrival = new PlexItem(
                "4021",
                PlexItemType.MOVIE,
                "Arrival",
                null,
                ARRIVAL,
                PlexIds.NONE,
                null,
                null,
                null,
                null,
                List.of(ARRIVAL_FILE));
        return Stream.of(
                arguments("minimal", Call.IDENTITY, new PlexIdentity(MACHINE, "1.41.3.9314-a0bfb8370")),
                arguments(
                        "minimal",
                        Call.SECTIONS,
                        List.of(
                                new PlexSection(
                                        "3",
                                        PlexSectionType.MOVIE,
                                        "Films",
                                        null,
                                        null,
                                        null,
                                        List.of(new Location(7L, "/data/media/films"))),
                                new PlexSection(
                                        "4",
                                        PlexSectionType.SHOW,
                                        "Series",
                                        null,
                                        null,
                                        null,
                                        List.of(new Location(8L, "/data/media/series"))))),
                arguments("minimal", Call.MOVIE_BY_FILE, List.of(arrival)),
                arguments("minimal", Call.EPISODE_BY_FILE, List.of(cobel)),
                arguments("minimal", Call.MOVIE_METADATA, Optional.of(arrival)),
                arguments(
                        "minimal",
                        Call.SHOW_METADATA,
                        Optional.of(new PlexItem(
                                "5101",
                                PlexItemType.SHOW,
                                "Severance",
                                null,
                                SEVERANCE,
                                PlexIds.NONE,
                                null,
                                null,
                                null,
                                null,
                                List.of()))),
                arguments(
                        "minimal",
                        Call.ALL_LEAVES,
                        List.of(
                                cobel,
                                new PlexItem(
                                        "5121",
                                        PlexItemType.EPISODE,
                                        "Goodbye, Mrs. Selvig",
                                        null,
                                        SELVIG,
                                        PlexIds.NONE,
                                        "5101",
                                        2,
                                        2,
                                        null,
                                        List.of(SELVIG_FILE)))));
    }

    // Legacy agents send no Guid[]: the ids are in the primary guid (see legacyAgentsNameTheIdInTheGuid).
    private static Stream<Arguments> legacyAgents() {
        PlexItem cobel = new PlexItem(
                "93",
                PlexItemType.EPISODE,
                "Hello, Ms. Cobel",
                2025,
                LEGACY_COBEL,
                PlexIds.NONE,
                "88",
                2,
                1,
                LEGACY_SEVERANCE,
                List.of("/data/TV-Shows/Severance/Severance.S02E01.mkv"));
        PlexItem arrival = new PlexItem(
                "61",
                PlexItemType.MOVIE,
                "Arrival",
                2016,
                new PlexGuid("com.plexapp.agents.imdb://tt2543164?lang=en"),
                PlexIds.NONE,
                null,
                null,
                null,
                null,
                List.of("/data/Movies/Arrival (2016).mkv"));
        return Stream.of(
                arguments(
                        "legacy-agents",
                        Call.SECTIONS,
                        List.of(
                                new PlexSection(
                                        "1",
                                        PlexSectionType.MOVIE,
                                        "Movies",
                                        "com.plexapp.agents.imdb",
                                        "Plex Movie Scanner",
                                        false,
                                        List.of(new Location(1L, "/data/Movies"))),
                                new PlexSection(
                                        "2",
                                        PlexSectionType.SHOW,
                                        "TV Shows",
                                        "com.plexapp.agents.thetvdb",
                                        "Plex Series Scanner",
                                        false,
                                        List.of(new Location(2L, "/data/TV-Shows"))))),
                arguments("legacy-agents", Call.MOVIE_BY_FILE, List.of(arrival)),
                arguments("legacy-agents", Call.EPISODE_BY_FILE, List.of(cobel)),
                arguments("legacy-agents", Call.MOVIE_METADATA, Optional.of(arrival)),
                arguments(
                        "legacy-agents",
                        Call.SHOW_METADATA,
                        Optional.of(new PlexItem(
                                "88",
                                PlexItemType.SHOW,
                                "Severance",
                                2022,
                                LEGACY_SEVERANCE,
                                PlexIds.NONE,
                                null,
                                null,
                                null,
                                null,
                                List.of()))),
                arguments("legacy-agents", Call.ALL_LEAVES, List.of(cobel)));
    }

    private Object answer(String shape, Call call) {
        PLEX.stubFor(get(urlPathMatching(call.path))
                .willReturn(okJson(body("contract/plex/" + shape + "/" + call.fixture + ".json"))));
        return call.call.apply(plex).block();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("answers")
    void readsTheCallInEveryShape(String shape, Call call, Object expected) {
        assertThat(answer(shape, call)).isEqualTo(expected);
    }

    @Test
    void legacyAgentsNameTheIdInTheGuid() {
        PlexItem movie = ((List<?>) answer("legacy-agents", Call.MOVIE_BY_FILE))
                .stream().map(PlexItem.class::cast).findFirst().orElseThrow();
        PlexItem episode = ((List<?>) answer("legacy-agents", Call.EPISODE_BY_FILE))
                .stream().map(PlexItem.class::cast).findFirst().orElseThrow();

        assertThat(movie.guid().isMatched()).isTrue();
        assertThat(movie.guid().legacyIds()).isEqualTo(new PlexIds(null, "tt2543164", null));
        // The episode's own legacy guid is show/season/episode; its show's guid names the show.
        assertThat(episode.guid().legacyIds()).isEqualTo(PlexIds.NONE);
        assertThat(episode.showGuid().legacyIds()).isEqualTo(new PlexIds(null, null, 371980L));
    }

    @Test
    void currentAgentsNameNoIdInTheGuid() {
        PlexItem movie = ((List<?>) answer("current", Call.MOVIE_BY_FILE))
                .stream().map(PlexItem.class::cast).findFirst().orElseThrow();

        assertThat(movie.guid().isMatched()).isTrue();
        assertThat(movie.guid().legacyIds()).isEqualTo(PlexIds.NONE);
    }

    @Test
    void readsTypeWordsInAnyCaseAndAnUnknownOneAsUnknown() {
        PLEX.stubFor(get(urlPathMatching("/library/sections")).willReturn(okJson("""
                {"MediaContainer": {"Directory": [
                  {"key": "3", "type": "MOVIE", "title": "Films", "Location": [{"id": 7, "path": "/films"}]},
                  {"key": "5", "type": "homevideo", "title": "Clips"},
                  {"key": "6", "title": "No type"}]}}
                """)));
        PLEX.stubFor(get(urlPathMatching("/library/metadata/[^/]+/allLeaves")).willReturn(okJson("""
                {"MediaContainer": {"Metadata": [
                  {"ratingKey": "5120", "type": "Episode", "grandparentRatingKey": "5101", "parentIndex": 2, "index": 1},
                  {"ratingKey": "7001", "type": "trailer", "index": 3}]}}
                """)));

        assertThat(plex.sections().block())
                .extracting(PlexSection::type)
                .containsExactly(PlexSectionType.MOVIE, PlexSectionType.UNKNOWN, PlexSectionType.UNKNOWN);
        assertThat(plex.allLeaves("5101").block())
                .containsExactly(
                        new PlexItem(
                                "5120",
                                PlexItemType.EPISODE,
                                null,
                                null,
                                null,
                                PlexIds.NONE,
                                "5101",
                                2,
                                1,
                                null,
                                List.of()),
                        new PlexItem(
                                "7001",
                                PlexItemType.UNKNOWN,
                                null,
                                null,
                                null,
                                PlexIds.NONE,
                                null,
                                null,
                                null,
                                null,
                                List.of()));
    }

    @Test
    void readsAnswersWithNothingInThemAsEmpty() {
        String nothing = "{\"MediaContainer\": {\"size\": 0, \"identifier\": \"com.plexapp.plugins.library\"}}";
        PLEX.stubFor(get(urlPathMatching("/library/.*")).willReturn(okJson(nothing)));

        assertThat(plex.sections().block()).isEmpty();
        assertThat(plex.findByFile("3", PlexItemType.MOVIE, "Arrival (2016).mkv")
                        .block())
                .isEmpty();
        assertThat(plex.metadata("4021").block()).isEmpty();
        assertThat(plex.allLeaves("5101").block()).isEmpty();
    }
}
