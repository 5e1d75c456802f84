package dev.callsheet.adapters.radarr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/**
 * Every call the client makes, against answers shaped like each supported Radarr in {@code
 * contract/radarr/} (see its {@code SOURCES.md}): v3 (3.2.2), v4 (4.7.5), v5 (5.28.0), and a minimal
 * answer with only what the oldest v3 (3.0.0) always sends.
 */
class RadarrVersionContractTest {

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final RadarrClient radarr = new RadarrClient(endpoint(RADARR.baseUrl()), WebClient.builder());

    /** One call of the client: the method and path Radarr serves it at, its fixture's name, and how it is made. */
    enum Call {
        LOOKUP(RequestMethod.GET, "/api/v3/movie/lookup/tmdb", "lookup", client -> client.lookupMovie(603)),
        MOVIE(RequestMethod.GET, "/api/v3/movie", "movie", client -> client.findMovie(603)),
        ADD(
                RequestMethod.POST,
                "/api/v3/movie",
                "added",
                client -> client.addMovie(new NewMovie("Inception", 27205, 2010, 4, "/movies"))),
        QUALITY_PROFILES(RequestMethod.GET, "/api/v3/qualityprofile", "qualityprofiles", RadarrClient::qualityProfiles),
        ROOT_FOLDERS(RequestMethod.GET, "/api/v3/rootfolder", "rootfolders", RadarrClient::rootFolders),
        SEARCH(RequestMethod.POST, "/api/v3/command", "search", client -> client.searchMovies(List.of(42))),
        COMMAND(RequestMethod.GET, "/api/v3/command/[0-9]+", "command", client -> client.command(1201)),
        COMMANDS(RequestMethod.GET, "/api/v3/command", "commands", RadarrClient::commands),
        STATUS(RequestMethod.GET, "/api/v3/system/status", "status", RadarrClient::version);

        private final RequestMethod method;
        private final String path;
        private final String fixture;
        private final Function<RadarrClient, Mono<?>> call;

        Call(RequestMethod method, String path, String fixture, Function<RadarrClient, Mono<?>> call) {
            this.method = method;
            this.path = path;
            this.fixture = fixture;
            this.call = call;
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static ServarrCommand search(
            int id, Status status, String queued, String started, String ended, String message) {
        return new ServarrCommand(
                id,
                "MoviesSearch",
                status,
                at(queued),
                started == null ? null : at(started),
                ended == null ? null : at(ended),
                message);
    }

    private static final String MATRIX_POSTER = "https://image.tmdb.org/t/p/original/f89U3ADr1oiB1s9GkdPOEpXUk5H.jpg";
    private static final String DUNE_POSTER = "https://image.tmdb.org/t/p/original/8b8R8l88Qje9dn9OE8PY05Nxl1X.jpg";
    private static final String OPPENHEIMER_POSTER =
            "https://image.tmdb.org/t/p/original/8Gxv8gSFCU0XGDykEGv7zR1n2ua.jpg";

    static Stream<Arguments> answers() {
        ServarrCommand v3Completed = search(
                1201,
                Status.COMPLETED,
                "2021-07-02T09:02:00Z",
                "2021-07-02T09:02:01Z",
                "2021-07-02T09:02:09Z",
                "Completed");
        ServarrCommand v4Queued = search(88013, Status.QUEUED, "2023-08-21T07:20:00Z", null, null, null);
        return Stream.of(
                // v3: a looked-up movie's poster is its url; it has no id, whether or not it is in the library.
                arguments(
                        "v3",
                        Call.LOOKUP,
                        Optional.of(new RadarrMovie(
                                null, 603, "The Matrix", 1999, "tt0133093", false, false, null, MATRIX_POSTER))),
                arguments(
                        "v3",
                        Call.MOVIE,
                        Optional.of(new RadarrMovie(
                                42,
                                603,
                                "The Matrix",
                                1999,
                                "tt0133093",
                                true,
                                false,
                                "/movies/The Matrix (1999)",
                                MATRIX_POSTER))),
                arguments(
                        "v3",
                        Call.ADD,
                        new RadarrMovie(
                                43,
                                27205,
                                "Inception",
                                2010,
                                "tt1375666",
                                true,
                                false,
                                "/movies/Inception (2010)",
                                "https://image.tmdb.org/t/p/original/9gk7adHYeDvHkCSEqAvQNLV5Uge.jpg")),
                arguments(
                        "v3",
                        Call.QUALITY_PROFILES,
                        List.of(new QualityProfile(4, "HD-1080p"), new QualityProfile(5, "Ultra-HD"))),
                // A folder Radarr cannot reach comes without its free space.
                arguments(
                        "v3",
                        Call.ROOT_FOLDERS,
                        List.of(
                                new RootFolder(1, "/movies/", true, 1993002553344L),
                                new RootFolder(2, "/mnt/offline/", false, null))),
                arguments("v3", Call.SEARCH, search(1201, Status.QUEUED, "2021-07-02T09:02:00Z", null, null, null)),
                // Before 5.4.4 a command that completes says only "Completed", not what it found.
                arguments("v3", Call.COMMAND, Optional.of(v3Completed)),
                arguments(
                        "v3",
                        Call.COMMANDS,
                        List.of(
                                v3Completed,
                                new ServarrCommand(
                                        1202,
                                        "RefreshMonitoredDownloads",
                                        Status.STARTED,
                                        at("2021-07-02T09:03:00Z"),
                                        at("2021-07-02T09:03:00Z"),
                                        null,
                                        null))),
                arguments("v3", Call.STATUS, "3.2.2.5080"),
                // v4: as v3, plus a command's result (4.5.1+) and the monitor option (4.2+), neither read.
                arguments(
                        "v4",
                        Call.LOOKUP,
                        Optional.of(new RadarrMovie(
                                null, 693134, "Dune: Part Two", 2023, "tt15239678", false, false, null, DUNE_POSTER))),
                arguments(
                        "v4",
                        Call.MOVIE,
                        Optional.of(new RadarrMovie(
                                311,
                                693134,
                                "Dune: Part Two",
                                2023,
                                "tt15239678",
                                true,
                                false,
                                "/data/media/movies/Dune - Part Two (2023)",
                                DUNE_POSTER))),
                arguments(
                        "v4",
                        Call.ADD,
                        new RadarrMovie(
                                312,
                                329865,
                                "Arrival",
                                2016,
                                "tt2543164",
                                true,
                                false,
                                "/data/media/movies/Arrival (2016)",
                                "https://image.tmdb.org/t/p/original/x2FJsf1ElAgr63Y3PNPtJrcmpoe.jpg")),
                arguments(
                        "v4",
                        Call.QUALITY_PROFILES,
                        List.of(new QualityProfile(1, "Any"), new QualityProfile(6, "HD - 720p/1080p"))),
                arguments(
                        "v4",
                        Call.ROOT_FOLDERS,
                        List.of(new RootFolder(1, "/data/media/movies", true, 4398046511104L))),
                arguments("v4", Call.SEARCH, v4Queued),
                arguments(
                        "v4",
                        Call.COMMAND,
                        Optional.of(search(
                                88013,
                                Status.COMPLETED,
                                "2023-08-21T07:20:00Z",
                                "2023-08-21T07:20:01Z",
                                "2023-08-21T07:20:04Z",
                                "Completed"))),
                arguments("v4", Call.COMMANDS, List.of(v4Queued)),
                arguments("v4", Call.STATUS, "4.7.5.7809"),
                // v5: a looked-up movie's poster is its remoteUrl, and it comes without hasFile; a library
                // movie's hasFile is counted from its files.
                arguments(
                        "v5",
                        Call.LOOKUP,
                        Optional.of(new RadarrMovie(
                                null,
                                872585,
                                "Oppenheimer",
                                2023,
                                "tt15398776",
                                false,
                                false,
                                null,
                                OPPENHEIMER_POSTER))),
                arguments(
                        "v5",
                        Call.MOVIE,
                        Optional.of(new RadarrMovie(
                                1108,
                                872585,
                                "Oppenheimer",
                                2023,
                                "tt15398776",
                                true,
                                true,
                                "/data/media/movies/Oppenheimer (2023)",
                                OPPENHEIMER_POSTER))),
                arguments(
                        "v5",
                        Call.ADD,
                        new RadarrMovie(
                                1109,
                                666277,
                                "Past Lives",
                                2023,
                                "tt13238346",
                                true,
                                false,
                                "/data/media/movies/Past Lives (2023)",
                                "https://image.tmdb.org/t/p/original/k3waqVXSnvCZWfJYNtdamTgTtTA.jpg")),
                arguments("v5", Call.QUALITY_PROFILES, List.of(new QualityProfile(7, "Ultra-HD"))),
                arguments(
                        "v5",
                        Call.ROOT_FOLDERS,
                        List.of(
                                new RootFolder(1, "/data/media/movies", true, 8796093022208L),
                                new RootFolder(3, "/data/media/movies-4k", true, 0L))),
                arguments("v5", Call.SEARCH, search(402117, Status.QUEUED, "2026-05-04T11:02:00Z", null, null, null)),
                // Since 5.4.4 a completed search keeps its last word: how many releases it grabbed.
                arguments(
                        "v5",
                        Call.COMMAND,
                        Optional.of(search(
                                402117,
                                Status.COMPLETED,
                                "2026-05-04T11:02:00Z",
                                "2026-05-04T11:02:00Z",
                                "2026-05-04T11:02:06Z",
                                "Completed search for 1 movies. 0 reports downloaded."))),
                arguments(
                        "v5",
                        Call.COMMANDS,
                        List.of(
                                search(
                                        402117,
                                        Status.STARTED,
                                        "2026-05-04T11:02:00Z",
                                        "2026-05-04T11:02:00Z",
                                        null,
                                        "Performing search for 1 movies"),
                                search(
                                        402116,
                                        Status.COMPLETED,
                                        "2026-05-04T10:58:00Z",
                                        "2026-05-04T10:58:00Z",
                                        "2026-05-04T10:58:04Z",
                                        "Completed search for 1 movies. 1 reports downloaded."),
                                new ServarrCommand(
                                        402115,
                                        "RssSync",
                                        Status.FAILED,
                                        at("2026-05-04T11:00:00Z"),
                                        at("2026-05-04T11:00:00Z"),
                                        at("2026-05-04T11:00:01Z"),
                                        "Failed"))),
                arguments("v5", Call.STATUS, "5.28.0.10274"),
                // Only C# value types and non-zero ids, which Radarr 3.0.0 always writes: no title, imdbId,
                // path, images, name or message; year 0 is "not known".
                arguments(
                        "minimal",
                        Call.LOOKUP,
                        Optional.of(new RadarrMovie(null, 603, null, null, null, false, false, null, null))),
                arguments(
                        "minimal",
                        Call.MOVIE,
                        Optional.of(new RadarrMovie(42, 603, null, null, null, true, false, null, null))),
                arguments("minimal", Call.ADD, new RadarrMovie(43, 27205, null, null, null, true, false, null, null)),
                arguments("minimal", Call.QUALITY_PROFILES, List.of(new QualityProfile(4, null))),
                arguments("minimal", Call.ROOT_FOLDERS, List.of(new RootFolder(1, null, false, null))),
                arguments(
                        "minimal",
                        Call.SEARCH,
                        new ServarrCommand(1201, null, Status.QUEUED, at("2020-09-02T09:02:00Z"), null, null, null)),
                arguments(
                        "minimal",
                        Call.COMMAND,
                        Optional.of(new ServarrCommand(
                                1201, null, Status.COMPLETED, at("2020-09-02T09:02:00Z"), null, null, null))),
                arguments(
                        "minimal",
                        Call.COMMANDS,
                        List.of(new ServarrCommand(
                                1201, null, Status.QUEUED, at("2020-09-02T09:02:00Z"), null, null, null))),
                arguments("minimal", Call.STATUS, "3.0.0.4204"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void readsTheAnswerOfEverySupportedVersion(String version, Call call, Object expected) {
        RADARR.stubFor(request(call.method.getName(), urlPathMatching(call.path))
                .willReturn(okJson(body("contract/radarr/" + version + "/" + call.fixture + ".json"))));

        assertThat(call.call.apply(radarr).block()).usingRecursiveComparison().isEqualTo(expected);
    }

    // No version answers 404: the metadata source's 404 becomes a MovieNotFoundException, answered 500.
    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4", "v5"})
    void readsATmdbIdTheMetadataSourceDoesNotKnowAsNoMovie(String version) {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie/lookup/tmdb"))
                .withQueryParam("tmdbId", equalTo("999999999"))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body("contract/radarr/" + version + "/lookup-not-found.json"))));

        assertThat(radarr.lookupMovie(999999999).block()).isEmpty();
    }

    // The answer must name the id asked for: a 500 about another id is not an answer to this call.
    @Test
    void stillFailsWhenTheNotFoundAnswerNamesAnotherId() {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie/lookup/tmdb"))
                .willReturn(aResponse().withStatus(500).withBody(body("contract/radarr/v5/lookup-not-found.json"))));

        assertThat(failureOf(radarr.lookupMovie(603)).kind()).isEqualTo(Kind.SERVER_ERROR);
    }

    @Test
    void reportsALibraryMovieWithoutIdAsUnreadable() {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie"))
                .willReturn(okJson("[" + body("contract/radarr/minimal/lookup.json") + "]")));

        AdapterFailure failure = failureOf(radarr.findMovie(603));

        assertThat(failure.unreadable()).contains(new AdapterFailure.Unreadable("GET /api/v3/movie?tmdbId=603", null));
        assertThat(failure).hasMessageEndingWith("the movie has no id");
    }

    @Test
    void reportsAMovieWithoutTmdbIdAsUnreadableAtThatField() {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie"))
                .willReturn(okJson("[{\"id\": 42, \"title\": \"The Matrix\", \"year\": 1999}]")));

        assertThat(failureOf(radarr.findMovie(603)).unreadable())
                .contains(new AdapterFailure.Unreadable("GET /api/v3/movie?tmdbId=603", "[0].tmdbId"));
    }

    @Test
    void reportsAStatusWithoutVersionAsUnreadableNamingTheCall() {
        RADARR.stubFor(get(urlPathEqualTo("/api/v3/system/status"))
                .willReturn(okJson("{\"appName\": \"Radarr\", \"isDocker\": true}")));

        AdapterFailure failure = failureOf(radarr.version());

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure).hasMessageEndingWith("GET /api/v3/system/status: the status names no version");
    }
}
