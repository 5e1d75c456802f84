package dev.callsheet.adapters.sonarr;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import dev.callsheet.adapters.sonarr.SonarrSeason.EpisodeCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

    private static final NewSeries ANDOR = new NewSeries("Andor", 393189, List.of(0, 1, 2), Set.of(2), 6, null, "/tv/");

    /**
     * One call of the client: the path Sonarr serves it at (whatever the method), its fixture's name, and
     * how it is made.
     */
    enum Call {
        SERIES("/api/v3/series", "series", sonarr -> sonarr.findSeries(393189)),
        EPISODES("/api/v3/episode", "episodes", sonarr -> sonarr.listEpisodes(31)),
        STATUS("/api/v3/system/status", "status", SonarrClient::version),
        LOOKUP("/api/v3/series/lookup", "lookup", sonarr -> sonarr.lookupSeries(393189)),
        ADD("/api/v3/series", "series-added", sonarr -> sonarr.addSeries(ANDOR)),
        // The GET and the PUT of the series are served the same answer.
        MONITOR_SEASONS("/api/v3/series/31", "series-by-id", sonarr -> sonarr.monitorSeasons(31, Set.of(1))),
        MONITOR_EPISODES(
                "/api/v3/episode/monitor", "episodes", sonarr -> sonarr.monitorEpisodes(List.of(3101, 3224), true)),
        QUALITY_PROFILES("/api/v3/qualityprofile", "qualityprofiles", SonarrClient::qualityProfiles),
        LANGUAGE_PROFILES("/api/v3/languageprofile", "languageprofiles", SonarrClient::languageProfiles),
        ROOT_FOLDERS("/api/v3/rootfolder", "rootfolders", SonarrClient::rootFolders),
        SEARCH_EPISODES("/api/v3/command", "command", sonarr -> sonarr.searchEpisodes(List.of(3112, 3113))),
        SEARCH_SEASON("/api/v3/command", "command", sonarr -> sonarr.searchSeason(31, 1)),
        COMMAND("/api/v3/command/1201", "command", sonarr -> sonarr.command(1201)),
        COMMANDS("/api/v3/command", "commands", SonarrClient::commands),
        QUEUED_SEARCHES("/api/v3/command", "commands", SonarrClient::queuedSearches);

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

    private static final SonarrSeries ANDOR_V3 = new SonarrSeries(
            31,
            "Andor",
            393189,
            null,
            "tt9253284",
            2022,
            true,
            List.of(new SonarrSeason(0, false, null), new SonarrSeason(1, true, new EpisodeCounts(12, 10, 12))));
    private static final SonarrSeries ANDOR_V4 = new SonarrSeries(
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
                    new SonarrSeason(2, true, new EpisodeCounts(12, 9, 12))));
    private static final SonarrSeries ANDOR_MINIMAL =
            new SonarrSeries(31, null, 393189, null, null, null, false, List.of(new SonarrSeason(1, true, null)));
    private static final SonarrEpisode JEDHA = new SonarrEpisode(
            3224,
            2,
            12,
            "Jedha, Kyber, Erso",
            LocalDate.parse("2025-05-12"),
            Instant.parse("2025-05-13T01:00:00Z"),
            true,
            false,
            10523431L,
            null);

    private static ServarrCommand command(
            int id, String name, Status status, String queued, String started, String ended, String message) {
        return new ServarrCommand(id, name, status, instant(queued), instant(started), instant(ended), message);
    }

    private static Instant instant(String time) {
        return time == null ? null : Instant.parse(time);
    }

    private static final ServarrCommand SEARCHED_V3 = command(
            1201,
            "EpisodeSearch",
            Status.COMPLETED,
            "2025-06-02T08:20:00.1234567Z",
            "2025-06-02T08:20:00.25Z",
            "2025-06-02T08:20:03.75Z",
            "Episode search completed. 0 reports downloaded.");
    private static final ServarrCommand SEARCHED_V4 = command(
            1201,
            "EpisodeSearch",
            Status.COMPLETED,
            "2025-06-02T08:20:00Z",
            "2025-06-02T08:20:00Z",
            "2025-06-02T08:20:03Z",
            "Completed search for 2 episodes. 0 reports downloaded.");
    private static final ServarrCommand QUEUED_MINIMAL =
            command(1201, "EpisodeSearch", Status.QUEUED, "2025-06-02T08:20:00Z", null, null, null);

    private static List<ServarrCommand> commandsOf(ServarrCommand searched, String seasonMessage) {
        Instant queued = searched.queued();
        Instant started = searched.started();
        return List.of(
                new ServarrCommand(1203, "SeasonSearch", Status.STARTED, queued, started, null, seasonMessage),
                new ServarrCommand(
                        1205, "RefreshSeries", Status.STARTED, queued, started, null, "Updating info for Andor"),
                new ServarrCommand(1204, "EpisodeSearch", Status.QUEUED, queued, null, null, null),
                searched);
    }

    private static final String SEASON_MESSAGE = "Searching indexers for [Andor : Season 2]. 1 active indexers";

    static Stream<Arguments> newCalls() {
        ServarrCommand startedMinimal =
                command(1203, "SeasonSearch", Status.STARTED, "2025-06-02T08:20:00Z", null, null, null);
        return Stream.of(
                // A series not in the library comes without id; v4 also sends its deprecated languageProfileId.
                arguments("v3", Call.LOOKUP, Optional.of(new SonarrLookup(null, "Andor", 393189, 2022, List.of(0, 1)))),
                arguments(
                        "v4",
                        Call.LOOKUP,
                        Optional.of(new SonarrLookup(null, "Andor", 393189, 2022, List.of(0, 1, 2)))),
                arguments("minimal", Call.LOOKUP, Optional.of(new SonarrLookup(null, null, 393189, null, List.of(1)))),
                // Just added: no episodes yet, so no season statistics.
                arguments(
                        "v3",
                        Call.ADD,
                        new SonarrSeries(
                                32,
                                "Andor",
                                393189,
                                null,
                                "tt9253284",
                                2022,
                                true,
                                List.of(new SonarrSeason(0, false, null), new SonarrSeason(1, true, null)))),
                arguments(
                        "v4",
                        Call.ADD,
                        new SonarrSeries(
                                32,
                                "Andor",
                                393189,
                                83867L,
                                "tt9253284",
                                2022,
                                true,
                                List.of(
                                        new SonarrSeason(0, false, null),
                                        new SonarrSeason(1, false, null),
                                        new SonarrSeason(2, true, null)))),
                arguments(
                        "minimal",
                        Call.ADD,
                        new SonarrSeries(
                                32, null, 393189, null, null, null, false, List.of(new SonarrSeason(1, true, null)))),
                arguments("v3", Call.MONITOR_SEASONS, ANDOR_V3),
                arguments("v4", Call.MONITOR_SEASONS, ANDOR_V4),
                arguments("minimal", Call.MONITOR_SEASONS, ANDOR_MINIMAL),
                arguments("v3", Call.MONITOR_EPISODES, List.of(UNAIRED_SPECIAL, KASSA)),
                arguments("v4", Call.MONITOR_EPISODES, List.of(UNAIRED_SPECIAL, KASSA, JEDHA)),
                arguments(
                        "minimal",
                        Call.MONITOR_EPISODES,
                        List.of(new SonarrEpisode(3101, 1, 1, null, null, null, true, false, null, null))),
                arguments(
                        "v3",
                        Call.QUALITY_PROFILES,
                        List.of(new SonarrProfile(4, "HD-1080p"), new SonarrProfile(5, "Ultra-HD"))),
                arguments("v4", Call.QUALITY_PROFILES, List.of(new SonarrProfile(6, "HD-1080p"))),
                arguments("minimal", Call.QUALITY_PROFILES, List.of(new SonarrProfile(1, null))),
                arguments(
                        "v3",
                        Call.LANGUAGE_PROFILES,
                        List.of(new SonarrProfile(1, "English"), new SonarrProfile(3, "German and English"))),
                // v4's stand-in for the profiles it no longer has.
                arguments("v4", Call.LANGUAGE_PROFILES, List.of()),
                arguments("minimal", Call.LANGUAGE_PROFILES, List.of(new SonarrProfile(1, null))),
                arguments("v3", Call.ROOT_FOLDERS, List.of(new SonarrRootFolder(1, "/tv/", true, 1968015249408L))),
                arguments(
                        "v4",
                        Call.ROOT_FOLDERS,
                        List.of(
                                new SonarrRootFolder(1, "/tv/", true, 1968015249408L),
                                new SonarrRootFolder(2, "/mnt/archive/tv/", false, null))),
                arguments("minimal", Call.ROOT_FOLDERS, List.of(new SonarrRootFolder(1, null, false, null))),
                arguments("v3", Call.SEARCH_EPISODES, SEARCHED_V3),
                arguments("v4", Call.SEARCH_EPISODES, SEARCHED_V4),
                arguments("minimal", Call.SEARCH_EPISODES, QUEUED_MINIMAL),
                arguments("v3", Call.SEARCH_SEASON, SEARCHED_V3),
                arguments("v4", Call.SEARCH_SEASON, SEARCHED_V4),
                arguments("minimal", Call.SEARCH_SEASON, QUEUED_MINIMAL),
                arguments("v3", Call.COMMAND, Optional.of(SEARCHED_V3)),
                arguments("v4", Call.COMMAND, Optional.of(SEARCHED_V4)),
                arguments("minimal", Call.COMMAND, Optional.of(QUEUED_MINIMAL)),
                arguments("v3", Call.COMMANDS, commandsOf(SEARCHED_V3, SEASON_MESSAGE)),
                arguments("v4", Call.COMMANDS, commandsOf(SEARCHED_V4, SEASON_MESSAGE)),
                arguments("minimal", Call.COMMANDS, List.of(startedMinimal, QUEUED_MINIMAL)),
                arguments(
                        "v3",
                        Call.QUEUED_SEARCHES,
                        List.of(
                                new SonarrSearch.Season(
                                        commandsOf(SEARCHED_V3, SEASON_MESSAGE).get(0), 31, 2),
                                new SonarrSearch.Episodes(
                                        commandsOf(SEARCHED_V3, SEASON_MESSAGE).get(2), List.of(3224)))),
                arguments(
                        "v4",
                        Call.QUEUED_SEARCHES,
                        List.of(
                                new SonarrSearch.Season(
                                        commandsOf(SEARCHED_V4, SEASON_MESSAGE).get(0), 31, 2),
                                new SonarrSearch.Episodes(
                                        commandsOf(SEARCHED_V4, SEASON_MESSAGE).get(2), List.of(3224)))),
                arguments(
                        "minimal",
                        Call.QUEUED_SEARCHES,
                        List.of(
                                new SonarrSearch.Season(startedMinimal, 31, 1),
                                new SonarrSearch.Episodes(QUEUED_MINIMAL, List.of(3112, 3113)))));
    }

    static Stream<Arguments> answers() {
        return Stream.concat(oldCalls(), newCalls());
    }

    static Stream<Arguments> oldCalls() {
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
        SONARR.stubFor(any(urlPathEqualTo(call.path))
                .willReturn(okJson(body("contract/sonarr/" + version + "/" + call.fixture + ".json"))));

        assertThat(call.call.apply(sonarr).block()).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void coversEveryCallForEveryVersion() {
        assertThat(answers()
                        .map(arguments -> arguments.get()[0] + " " + arguments.get()[1]))
                .hasSize(3 * Call.values().length)
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4", "minimal"})
    void sendsEachVersionsSeriesBackWithOnlyTheMonitoredFlagsChanged(String version) {
        String series = body("contract/sonarr/" + version + "/series-by-id.json");
        SONARR.stubFor(any(urlPathEqualTo("/api/v3/series/31")).willReturn(okJson(series)));

        sonarr.monitorSeasons(31, Set.of(0)).block();

        ObjectNode expected = (ObjectNode) JsonMapper.shared().readTree(series);
        expected.put("monitored", true);
        expected.withArray("seasons").values().forEach(season -> {
            if (season.path("seasonNumber").intValue() == 0) {
                ((ObjectNode) season).put("monitored", true);
            }
        });
        SONARR.verify(
                putRequestedFor(urlPathEqualTo("/api/v3/series/31")).withRequestBody(equalToJson(expected.toString())));
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
