package dev.callsheet.adapters.radarr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
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
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;

class RadarrClientTest {

    @RegisterExtension
    static final WireMockExtension RADARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static RadarrClient clientAt(String baseUrl) {
        return new RadarrClient(endpoint(baseUrl), WebClient.builder());
    }

    private final RadarrClient radarr = clientAt(RADARR.baseUrl());

    private static ResponseDefinitionBuilder created(String body) {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    @Nested
    class LookingUpAndFindingMovies {

        @Test
        void looksUpByTmdbIdWithTheKeyHeader() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie/lookup/tmdb"))
                    .withQueryParam("tmdbId", equalTo("603"))
                    .willReturn(okJson(body("contract/radarr/v3/lookup.json"))));

            assertThat(radarr.lookupMovie(603).block()).hasValueSatisfying(movie -> {
                assertThat(movie.inLibrary()).isFalse();
                assertThat(movie.title()).isEqualTo("The Matrix");
                assertThat(movie.year()).isEqualTo(1999);
            });
            RADARR.verify(getRequestedFor(urlPathEqualTo("/api/v3/movie/lookup/tmdb"))
                    .withQueryParam("tmdbId", equalTo("603"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withHeader("Accept", equalTo("application/json")));
        }

        @Test
        void findsALibraryMovieByTmdbId() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie"))
                    .withQueryParam("tmdbId", equalTo("603"))
                    .willReturn(okJson(body("contract/radarr/v3/movie.json"))));

            assertThat(radarr.findMovie(603).block()).hasValueSatisfying(movie -> {
                assertThat(movie.inLibrary()).isTrue();
                assertThat(movie.id()).isEqualTo(42);
            });
            RADARR.verify(getRequestedFor(urlPathEqualTo("/api/v3/movie"))
                    .withQueryParam("tmdbId", equalTo("603"))
                    .withHeader("X-Api-Key", equalTo(API_KEY)));
        }

        @Test
        void findsNothingWhenRadarrAnswersAnEmptyList() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie")).willReturn(okJson("[]")));

            assertThat(radarr.findMovie(603).block()).isEmpty();
        }

        @Test
        void readsALocalPosterUrlAsNoPoster() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/movie")).willReturn(okJson("""
                            [{"id": 42, "tmdbId": 603, "images": [
                              {"coverType": "fanart", "remoteUrl": "https://image.tmdb.org/t/p/original/fanart.jpg"},
                              {"coverType": "poster", "url": "/MediaCover/42/poster.jpg"}]}]
                            """)));

            assertThat(radarr.findMovie(603).block())
                    .hasValueSatisfying(movie -> assertThat(movie.posterUrl()).isNull());
        }
    }

    @Nested
    class AddingAMovie {

        @Test
        void postsTheMovieMonitoredWithoutASearchAndReadsItsId() {
            RADARR.stubFor(
                    post(urlPathEqualTo("/api/v3/movie")).willReturn(created(body("contract/radarr/v3/added.json"))));

            RadarrMovie added = radarr.addMovie(new NewMovie("Inception", 27205, 2010, 4, "/movies/"))
                    .block();

            assertThat(added.id()).isEqualTo(43);
            RADARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/movie"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson("""
                            {"title": "Inception", "tmdbId": 27205, "year": 2010, "qualityProfileId": 4,
                             "rootFolderPath": "/movies/", "monitored": true, "minimumAvailability": "released",
                             "tags": [], "addOptions": {"searchForMovie": false, "monitor": "movieOnly"}}
                            """)));
        }

        @ParameterizedTest
        @CsvSource({"ANNOUNCED, announced", "IN_CINEMAS, inCinemas", "RELEASED, released"})
        void sendsTheMinimumAvailabilityAsRadarrsWord(MinimumAvailability availability, String word) {
            RADARR.stubFor(
                    post(urlPathEqualTo("/api/v3/movie")).willReturn(created(body("contract/radarr/v3/added.json"))));

            radarr.addMovie(new NewMovie("Inception", 27205, 2010, 4, "/movies/", availability))
                    .block();

            RADARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/movie"))
                    .withRequestBody(equalToJson("{\"minimumAvailability\": \"" + word + "\"}", false, true)));
        }

        // Radarr's MovieExistsValidator: a validation failure, answered 400 with the failures.
        @Test
        void reportsAMovieAlreadyInTheLibraryAsRejected() {
            RADARR.stubFor(post(urlPathEqualTo("/api/v3/movie"))
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withBody("[{\"propertyName\": \"TmdbId\", \"errorMessage\": \"This movie has already been"
                                    + " added\", \"attemptedValue\": 27205, \"severity\": \"error\"}]")));

            AdapterFailure failure = failureOf(radarr.addMovie(new NewMovie("Inception", 27205, 2010, 4, "/movies/")));

            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure)
                    .hasMessageContaining("(HTTP 400 on POST /api/v3/movie)")
                    .hasMessageContaining("already");
        }

        @Test
        void reportsAnAnswerWithoutIdAsUnreadable() {
            RADARR.stubFor(
                    post(urlPathEqualTo("/api/v3/movie")).willReturn(created(body("contract/radarr/v3/lookup.json"))));

            assertThat(failureOf(radarr.addMovie(new NewMovie("The Matrix", 603, 1999, 4, "/movies/"))))
                    .hasMessageEndingWith("POST /api/v3/movie: the movie has no id");
        }
    }

    @Nested
    class Searching {

        @Test
        void postsAMoviesSearchForExactlyTheGivenMovies() {
            RADARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                    .willReturn(created(body("contract/radarr/v5/search.json"))));

            ServarrCommand command = radarr.searchMovies(List.of(1109, 1110)).block();

            assertThat(command.id()).isEqualTo(402117);
            assertThat(command.status()).isEqualTo(Status.QUEUED);
            assertThat(command.pending()).isTrue();
            RADARR.verify(postRequestedFor(urlPathEqualTo("/api/v3/command"))
                    .withHeader("X-Api-Key", equalTo(API_KEY))
                    .withRequestBody(equalToJson("{\"name\": \"MoviesSearch\", \"movieIds\": [1109, 1110]}")));
        }

        @Test
        void readsACommandById() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command/402117"))
                    .willReturn(okJson(body("contract/radarr/v5/command.json"))));

            assertThat(radarr.command(402117).block()).hasValueSatisfying(command -> {
                assertThat(command.status()).isEqualTo(Status.COMPLETED);
                assertThat(command.ended()).isEqualTo(Instant.parse("2026-05-04T11:02:06Z"));
                assertThat(command.message()).isEqualTo("Completed search for 1 movies. 0 reports downloaded.");
            });
        }

        // Radarr keeps ended commands only for a while; an id it no longer has is a 404.
        @Test
        void findsNoCommandRadarrNoLongerHas() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command/17"))
                    .willReturn(aResponse().withStatus(404)));

            assertThat(radarr.command(17).block()).isEmpty();
        }

        @Test
        void listsTheCommandsAndTellsThePendingOnes() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .willReturn(okJson(body("contract/radarr/v5/commands.json"))));

            assertThat(radarr.commands().block())
                    .filteredOn(ServarrCommand::pending)
                    .extracting(ServarrCommand::id)
                    .containsExactly(402117);
        }

        @Test
        void listsTheMovieSearchesStillQueuedOrRunningWithTheirMovies() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .willReturn(okJson(body("contract/radarr/v5/commands.json"))));

            assertThat(radarr.queuedSearches().block()).singleElement().satisfies(search -> {
                assertThat(search.command().id()).isEqualTo(402117);
                assertThat(search.movieIds()).containsExactly(1109);
            });
        }

        @Test
        void readsAQueuedSearchOfRadarr4() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command"))
                    .willReturn(okJson(body("contract/radarr/v4/commands.json"))));

            assertThat(radarr.queuedSearches().block())
                    .extracting(RadarrSearch::movieIds)
                    .containsExactly(List.of(311));
        }

        // A word a later Radarr adds is not guessed at, and the rest of the command still reads.
        @Test
        void readsAStatusWordItDoesNotKnowAsUnknown() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/command/402117"))
                    .willReturn(
                            okJson(body("contract/radarr/v5/command.json").replace("\"completed\"", "\"paused\""))));

            assertThat(radarr.command(402117).block()).hasValueSatisfying(command -> {
                assertThat(command.status()).isEqualTo(Status.UNKNOWN);
                assertThat(command.pending()).isFalse();
                assertThat(command.name()).isEqualTo("MoviesSearch");
            });
        }

        @Test
        void reportsACommandWithoutIdAsUnreadable() {
            RADARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                    .willReturn(created("{\"name\": \"MoviesSearch\", \"status\": \"queued\"}")));

            assertThat(failureOf(radarr.searchMovies(List.of(42))).unreadable())
                    .contains(new AdapterFailure.Unreadable("POST /api/v3/command", "id"));
        }
    }

    @Nested
    class ListingWhatAMovieIsAddedWith {

        @Test
        void readsTheQualityProfilesAndRootFolders() {
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/qualityprofile"))
                    .willReturn(okJson(body("contract/radarr/v3/qualityprofiles.json"))));
            RADARR.stubFor(get(urlPathEqualTo("/api/v3/rootfolder"))
                    .willReturn(okJson(body("contract/radarr/v3/rootfolders.json"))));

            assertThat(radarr.qualityProfiles().block())
                    .extracting(QualityProfile::name)
                    .containsExactly("HD-1080p", "Ultra-HD");
            assertThat(radarr.rootFolders().block())
                    .extracting(RootFolder::path)
                    .containsExactly("/movies/", "/mnt/offline/");
            RADARR.verify(getRequestedFor(urlPathEqualTo("/api/v3/qualityprofile"))
                    .withHeader("X-Api-Key", equalTo(API_KEY)));
            RADARR.verify(
                    getRequestedFor(urlPathEqualTo("/api/v3/rootfolder")).withHeader("X-Api-Key", equalTo(API_KEY)));
        }
    }

    @Nested
    class WhenRadarrFails {

        @ParameterizedTest
        @CsvSource({"401, UNAUTHORIZED, false", "503, NOT_READY, true", "500, SERVER_ERROR, true"})
        void readsTheStatusAsAKindOfFailure(int status, Kind kind, boolean retryable) {
            RADARR.stubFor(
                    get(urlPathEqualTo("/api/v3/movie")).willReturn(aResponse().withStatus(status)));

            AdapterFailure failure = failureOf(radarr.findMovie(603));

            assertThat(failure.kind()).isEqualTo(kind);
            assertThat(failure.retryable()).isEqualTo(retryable);
            assertThat(failure)
                    .hasMessageStartingWith("Radarr at " + RADARR.baseUrl())
                    .hasMessageContaining("(HTTP " + status + " on GET /api/v3/movie?tmdbId=603)");
        }

        // The client never retries; a 503 is retryable, and the call made again once Radarr is up answers.
        @Test
        void answersOnceRadarrHasStartedAfterASearchRefusedWhileStarting() {
            RADARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                    .inScenario("starting")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withStatus(503))
                    .willSetStateTo("up"));
            RADARR.stubFor(post(urlPathEqualTo("/api/v3/command"))
                    .inScenario("starting")
                    .whenScenarioStateIs("up")
                    .willReturn(created(body("contract/radarr/v4/search.json"))));

            AdapterFailure starting = failureOf(radarr.searchMovies(List.of(311)));
            ServarrCommand command = radarr.searchMovies(List.of(311)).block();

            assertThat(starting.kind()).isEqualTo(Kind.NOT_READY);
            assertThat(starting.retryable()).isTrue();
            assertThat(starting).hasMessageContaining("is still starting (HTTP 503 on POST /api/v3/command)");
            assertThat(command.id()).isEqualTo(88013);
            RADARR.verify(2, postRequestedFor(urlPathEqualTo("/api/v3/command")));
        }

        @Test
        void reportsAClosedPortAsUnreachable() {
            String nobody = closedPortUrl();

            AdapterFailure failure = failureOf(clientAt(nobody).commands());

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure).hasMessageStartingWith("Radarr at " + nobody + " could not be reached");
        }
    }

    @Test
    void prefixesEveryPathWithTheUrlBase() {
        RADARR.stubFor(get(urlPathEqualTo("/radarr/api/v3/movie")).willReturn(okJson("[]")));
        RADARR.stubFor(post(urlPathEqualTo("/radarr/api/v3/command"))
                .willReturn(created(body("contract/radarr/v4/search.json"))));
        RadarrClient underBase = clientAt(RADARR.baseUrl() + "/radarr/");

        assertThat(underBase.findMovie(693134).block()).isEmpty();
        assertThat(underBase.searchMovies(List.of(311)).block().id()).isEqualTo(88013);
    }

    @Test
    void showsNeitherKeyNorCredentialsInToString() {
        assertThat(clientAt("http://user:secret@nas:7878/radarr").toString())
                .isEqualTo("RadarrClient[http://nas:7878/radarr]")
                .doesNotContain(API_KEY);
    }

    @Test
    void refusesCallsThatCannotBeRight() {
        assertThatIllegalArgumentException().isThrownBy(() -> radarr.lookupMovie(0));
        assertThatIllegalArgumentException().isThrownBy(() -> radarr.findMovie(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> radarr.searchMovies(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> radarr.searchMovies(List.of(42, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> radarr.command(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new NewMovie(" ", 603, 1999, 4, "/movies/"));
        assertThatIllegalArgumentException().isThrownBy(() -> new NewMovie("The Matrix", 603, 1999, 0, "/movies/"));
        assertThatIllegalArgumentException().isThrownBy(() -> new NewMovie("The Matrix", 603, 1999, 4, ""));
        RADARR.verify(0, getRequestedFor(urlPathEqualTo("/api/v3/movie")));
    }
}
