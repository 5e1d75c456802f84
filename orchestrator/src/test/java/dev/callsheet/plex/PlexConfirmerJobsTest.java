package dev.callsheet.plex;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.plex.Confirming.ARR_MOVIE;
import static dev.callsheet.plex.Confirming.MOVIE_FOLDER;
import static dev.callsheet.plex.Confirming.MOVIE_NAME;
import static dev.callsheet.plex.Confirming.TOKEN;
import static dev.callsheet.plex.Confirming.episode;
import static dev.callsheet.plex.Confirming.episodeName;
import static dev.callsheet.plex.Confirming.instance;
import static dev.callsheet.plex.Confirming.movie;
import static dev.callsheet.plex.Confirming.target;
import static dev.callsheet.plex.StubPlex.MOVIE_FILE;
import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexScanRequested;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The confirmer's jobs: unmapped paths, the sections read again, two servers, joining, the cap, the
 * token. Against a stub Plex serving plex-confirmation.md §8's bodies, on the test's own clock.
 */
class PlexConfirmerJobsTest {

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension OTHER_PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private Confirming at;

    @BeforeEach
    void serve() {
        at = new Confirming(PLEX);
    }

    @Test
    void reportsAnUnmappedPathAtOnceNamingTheSectionsLocations() {
        at.submit(movie("rescan-1", "/music/Arrival (2016)/" + MOVIE_NAME, true));
        at.time.settle();

        var notConfirmed = at.the(PlexNotConfirmed.class);
        assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.PATH_UNMAPPED);
        assertThat(notConfirmed.detail())
                .isEqualTo("/music/Arrival (2016)/" + MOVIE_NAME + " reads as /music/Arrival (2016)/" + MOVIE_NAME
                        + " on Plex 'plex' (no path mapping applies), which is in no movie section;"
                        + " its movie section locations: /data/media/films (Films), /data/media/films-4k (Films)");
        assertThat(at.plex.scans()).isEmpty();
        assertThat(at.plex.lookups()).isEmpty();
    }

    @Test
    void readsTheSectionsAgainForAPathNoneOfThemHolds() {
        at.submit(movie("rescan-1", "/films-new/Arrival (2016)/" + MOVIE_NAME, true));
        at.time.advance(Duration.ofSeconds(20));
        assertThat(at.the(PlexNotConfirmed.class).problem()).isEqualTo(PlexNotConfirmed.Problem.PATH_UNMAPPED);
        PLEX.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/library/sections")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        body("sections.json").replace("/data/media/films-4k", "/films-new"))));
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json").replace(MOVIE_FOLDER, "/films-new/Arrival (2016)"));

        at.submit(movie("rescan-2", "/films-new/Arrival (2016)/" + MOVIE_NAME, true));
        at.time.settle();

        assertThat(at.facts(PlexConfirmed.class)).singleElement().satisfies(confirmed -> {
            assertThat(confirmed.commandId()).isEqualTo("rescan-2");
            assertThat(confirmed.place().section()).isEqualTo("3");
        });
        PLEX.verify(
                2,
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/library/sections")));
    }

    @Test
    void namesTheMappingThatLedAnEpisodeIntoNoShowSection() {
        at.submit(episode("episode-1", 2, 1, "/movies/Severance/Season 02/" + episodeName(1)));
        at.time.settle();

        assertThat(at.the(PlexNotConfirmed.class).detail())
                .contains("(path mapping /movies → /data/media/films), which is in no show section;"
                        + " its show section locations: /data/media/series (Series)");
    }

    @Test
    void confirmsOnTheRightServerOfTwo() {
        var other = new StubPlex(OTHER_PLEX, TOKEN).serving();
        OTHER_PLEX.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/identity")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        body("identity.json").replace("9a1e0c7b", "00000000"))));
        at.use(
                PlexProperties.defaults(),
                Map.of("plex", instance(at.plex, PlexMode.SCAN), "plex2", instance(other, PlexMode.SCAN)));
        at.plex.listsNothing("3", MOVIE_NAME);
        other.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.submit(new RescanPlexFolder("rescan-2", MediaKey.movie(329865, false), "plex2", target(ARR_MOVIE), true));
        at.time.advance(Duration.ofSeconds(2));
        other.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(2));

        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER);
        assertThat(other.scans()).containsExactly(MOVIE_FOLDER);
        assertThat(at.facts(PlexConfirmed.class)).singleElement().satisfies(confirmed -> {
            assertThat(confirmed.instance()).isEqualTo("plex2");
            assertThat(confirmed.commandId()).isEqualTo("rescan-2");
            assertThat(confirmed.place().machineIdentifier()).startsWith("00000000");
        });
    }

    @Test
    void joinsTheJobForTheSameCommandOrTheSameFile() {
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.settle();
        at.submit(movie("rescan-2", ARR_MOVIE, true));
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(1));

        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER);
        assertThat(at.facts(PlexScanRequested.class))
                .extracting(PlexScanRequested::commandId)
                .containsExactly("rescan-1", "rescan-2");
        assertThat(at.facts(PlexConfirmed.class))
                .extracting(PlexConfirmed::commandId)
                .containsExactly("rescan-1", "rescan-2");
        assertThat(at.plex.lookups()).as("one pre-check, one look").hasSize(2);
    }

    @Test
    void waitsForAFreePlaceBeyondTheCap() {
        var one = new PlexProperties(
                Duration.ofSeconds(5),
                Duration.ofSeconds(120),
                Duration.ofMinutes(15),
                Duration.ofMinutes(90),
                Duration.ofMinutes(5),
                1,
                true);
        at.use(one, Map.of("plex", instance(at.plex, PlexMode.SCAN)));
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.lists(
                "3",
                "Dune (2021).mkv",
                body("movie-by-file.json").replace(MOVIE_FILE, "/data/media/films/Dune (2021)/Dune (2021).mkv"));
        at.submit(movie("rescan-1", ARR_MOVIE, true));

        var second = CompletableFuture.runAsync(
                () -> at.submit(movie("rescan-2", "/movies/Dune (2021)/Dune (2021).mkv", true)));
        at.time.advance(Duration.ofSeconds(3));
        assertThat(second).as("waiting while one file is in flight").isNotDone();
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(4));
        await().atMost(Duration.ofSeconds(5)).until(second::isDone);
        at.time.settle();

        assertThat(at.facts(PlexConfirmed.class))
                .extracting(PlexConfirmed::commandId)
                .containsExactly("rescan-1", "rescan-2");
    }

    @Test
    void neverSendsTheTokenAnywhereButTheHeader() {
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofMinutes(90));

        assertThat(PLEX.getAllServeEvents())
                .allSatisfy(event -> assertThat(event.getRequest().getUrl()).doesNotContain(TOKEN));
        assertThat(at.facts).allSatisfy(fact -> assertThat(fact.toString()).doesNotContain(TOKEN));
    }
}
