package dev.callsheet.plex;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.plex.StubPlex.MOVIE_FILE;
import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexScanRequested;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.PathMapping;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The confirmer against a stub Plex built from plex-confirmation.md §8's bodies, with the test's own
 * clock: every wait (coalescing, back-off, grace, deadline) is stepped through, never slept.
 */
class PlexConfirmerTest {

    private static final String TOKEN = "plex-token-never-shown";
    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    private static final String MOVIE_NAME = "Arrival (2016) Bluray-1080p.mkv";
    private static final String ARR_MOVIE = "/movies/Arrival (2016)/" + MOVIE_NAME;
    private static final String MOVIE_FOLDER = "/data/media/films/Arrival (2016)";
    private static final String SEASON_FOLDER = "/data/media/series/Severance/Season 02";

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static final WireMockExtension OTHER_PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ManualTime time = new ManualTime(T0);
    private final List<CommandOutcome.MediaFact> facts = Collections.synchronizedList(new ArrayList<>());
    private StubPlex plex;
    private PlexConfirmers confirmers;

    @BeforeEach
    void serve() {
        plex = new StubPlex(PLEX, TOKEN).serving();
        confirmers = confirmers(PlexProperties.defaults(), Map.of("plex", instance(plex, PlexMode.SCAN)));
    }

    @Nested
    class FindingTheFile {

        @Test
        void confirmsWithoutScanningWhenPlexListsTheFileAlready() {
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.settle();

            assertThat(events()).containsExactly(PlexItemFound.class, PlexConfirmed.class);
            assertThat(plex.scans()).isEmpty();
            var confirmed = the(PlexConfirmed.class);
            assertThat(confirmed.scanRequestedAt()).isNull();
            assertThat(confirmed.foundAt()).isEqualTo(T0);
            assertThat(confirmed.readyAt()).isEqualTo(T0);
        }

        @Test
        void scansTheFoldersThenConfirmsOnTheFirstLook() {
            plex.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.settle();
            assertThat(plex.scans()).as("coalescing for 2 s").isEmpty();
            time.advance(Duration.ofSeconds(2));
            assertThat(plex.scans()).containsExactly(MOVIE_FOLDER);
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofSeconds(2));

            assertThat(events()).containsExactly(PlexScanRequested.class, PlexItemFound.class, PlexConfirmed.class);
            var scan = the(PlexScanRequested.class);
            assertThat(scan.section()).isEqualTo("3");
            assertThat(scan.folder()).isEqualTo(MOVIE_FOLDER);
            assertThat(scan.requestedAt()).isEqualTo(T0.plusSeconds(2));
            var confirmed = the(PlexConfirmed.class);
            assertThat(confirmed.commandId()).isEqualTo("rescan-1");
            assertThat(confirmed.instance()).isEqualTo("plex");
            assertThat(confirmed.media().tmdbId()).isEqualTo(329865L);
            assertThat(confirmed.place().machineIdentifier()).isEqualTo("9a1e0c7b52d64f3e8b7a6c5d4e3f2a1b0c9d8e7f");
            assertThat(confirmed.place().section()).isEqualTo("3");
            assertThat(confirmed.place().sectionTitle()).isEqualTo("Films");
            assertThat(confirmed.place().ratingKey()).isEqualTo("4021");
            assertThat(confirmed.place().title()).isEqualTo("Arrival");
            assertThat(confirmed.place().path()).isEqualTo(MOVIE_FILE);
            assertThat(confirmed.scanRequestedAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(confirmed.foundAt()).isEqualTo(T0.plusSeconds(4));
            assertThat(confirmed.readyAt()).isEqualTo(T0.plusSeconds(4));
            assertThat(facts).allSatisfy(fact -> assertThat(fact.mediaKey()).isEqualTo(MediaKey.movie(329865, false)));
        }

        @Test
        void looksAgainAfterTwoFourAndEightSecondsUntilPlexListsIt() {
            plex.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofSeconds(2 + 2 + 4));
            assertThat(plex.lookups()).as("the pre-check and two looks").hasSize(3);
            time.advance(Duration.ofSeconds(7));
            assertThat(events()).containsExactly(PlexScanRequested.class);
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofSeconds(1));

            assertThat(plex.lookups()).hasSize(4);
            assertThat(the(PlexConfirmed.class).foundAt()).isEqualTo(T0.plusSeconds(2 + 2 + 4 + 8));
        }

        @Test
        void keepsLookingWhilePlexFailsToAnswer() {
            PLEX.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/library/sections/3/all"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofSeconds(2 + 2));
            assertThat(plex.lookups())
                    .as("the pre-check and one look, both failed")
                    .hasSize(2);
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofSeconds(4));

            assertThat(events()).containsExactly(PlexScanRequested.class, PlexItemFound.class, PlexConfirmed.class);
        }

        @Test
        void comparesTheWholePathNotJustTheName() {
            String elsewhere = body("movie-by-file.json").replace(MOVIE_FILE, "/data/media/films/Other/" + MOVIE_NAME);
            plex.lists("3", MOVIE_NAME, elsewhere);

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofSeconds(30));

            assertThat(events()).containsExactly(PlexScanRequested.class);
        }

        @Test
        void scansOnceMoreThenGivesUpAtTheDeadline() {
            plex.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofSeconds(2 + 119));
            assertThat(plex.scans()).hasSize(1);
            time.advance(Duration.ofSeconds(1 + 2));
            assertThat(plex.scans()).as("one re-scan 120 s after the scan").containsExactly(MOVIE_FOLDER, MOVIE_FOLDER);
            time.advance(Duration.ofMinutes(90).minusSeconds(2 + 120 + 2 + 1));
            assertThat(events()).doesNotContain(PlexNotConfirmed.class);
            time.advance(Duration.ofSeconds(1));

            var notConfirmed = the(PlexNotConfirmed.class);
            assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.NOT_IN_LIBRARY);
            assertThat(notConfirmed.path()).isEqualTo(ARR_MOVIE);
            assertThat(notConfirmed.place()).isNull();
            assertThat(notConfirmed.detail())
                    .isEqualTo("Plex 'plex' did not list " + MOVIE_FILE + " in section 'Films' within 90 min; scanned "
                            + MOVIE_FOLDER + " twice");
            int looks = plex.lookups().size();
            time.advance(Duration.ofHours(2));
            assertThat(plex.lookups()).as("no look after giving up").hasSize(looks);
            assertThat(plex.scans()).hasSize(2);
        }

        @Test
        void confirmsAnUpgradeOnlyOnceTheItemListsTheNewFile() {
            String newName = "Arrival (2016) Remux-2160p.mkv";
            String oldFile = body("movie-by-file.json");
            String newFile = oldFile.replace(MOVIE_NAME, newName);
            plex.lists("3", newName, oldFile);

            submit(movie("upgrade-1", "/movies/Arrival (2016)/" + newName, true));
            time.advance(Duration.ofSeconds(2));
            assertThat(events()).as("the item still has the old file").containsExactly(PlexScanRequested.class);
            plex.lists("3", newName, newFile);
            time.advance(Duration.ofSeconds(2));

            var confirmed = the(PlexConfirmed.class);
            assertThat(confirmed.place().ratingKey()).isEqualTo("4021");
            assertThat(confirmed.place().path()).isEqualTo(MOVIE_FOLDER + "/" + newName);
        }
    }

    @Nested
    class JudgingTheMatch {

        @Test
        void reportsAnItemStillUnmatchedAfterTheGrace() {
            plex.lists("3", MOVIE_NAME, body("movie-unmatched.json"));

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofMinutes(15).minusSeconds(1));
            assertThat(events()).containsExactly(PlexItemFound.class);
            time.advance(Duration.ofSeconds(1));

            var notConfirmed = the(PlexNotConfirmed.class);
            assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.UNMATCHED);
            assertThat(notConfirmed.place().ratingKey()).isEqualTo("4021");
            assertThat(notConfirmed.detail())
                    .isEqualTo("Plex has 'Arrival' unmatched (guid local://4021, no TMDB or IMDb id)");
            assertThat(events()).doesNotContain(PlexConfirmed.class);
            assertThat(plex.scans()).as("the pre-check found it").isEmpty();
        }

        @Test
        void confirmsAnItemMatchedWithinTheGrace() {
            plex.lists("3", MOVIE_NAME, body("movie-unmatched.json"));

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofMinutes(1));
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofMinutes(2));

            assertThat(events()).containsExactly(PlexItemFound.class, PlexConfirmed.class);
            var confirmed = the(PlexConfirmed.class);
            assertThat(confirmed.foundAt()).isEqualTo(T0);
            assertThat(confirmed.readyAt()).isAfter(T0.plusSeconds(60)).isBefore(T0.plusSeconds(180));
        }

        @Test
        void reportsWhatPlexMatchedInsteadAfterTheGrace() {
            plex.lists("3", MOVIE_NAME, body("movie-mismatched.json"));

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofMinutes(15));

            var notConfirmed = the(PlexNotConfirmed.class);
            assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.MISMATCHED);
            assertThat(notConfirmed.detail())
                    .isEqualTo(
                            "Plex matched it to 'Arrival of the Body Snatchers' (TMDB 999, IMDb tt0000999, TVDB 1108),"
                                    + " not to TMDB 329865 / IMDb tt2543164");
        }

        @Test
        void confirmsANewEpisodeWhoseShowIsMatchedThoughItsOwnMetadataLags() {
            String name = "Severance - S02E06 - Attila.mkv";
            plex.lists("4", name, body("episode-metadata-pending.json"));

            submit(episode("episode-6", 2, 6, "/tv/Severance/Season 02/" + name));
            time.settle();

            var confirmed = the(PlexConfirmed.class);
            assertThat(confirmed.place().ratingKey()).isEqualTo("5125");
            assertThat(confirmed.place().sectionTitle()).isEqualTo("Series");
            assertThat(confirmed.episodes()).extracting(EpisodeRef::key).containsExactly(EpisodeKey.of(2, 6));
            assertThat(confirmed.media().tvdbId()).isEqualTo(371980L);
        }

        @Test
        void reportsAnEpisodeFiledUnderOtherNumbers() {
            String name = "Severance - S02E06 - Attila.mkv";
            plex.lists("4", name, body("episode-metadata-pending.json"));

            submit(episode("episode-7", 2, 7, "/tv/Severance/Season 02/" + name));
            time.advance(Duration.ofMinutes(15));

            var notConfirmed = the(PlexNotConfirmed.class);
            assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.MISMATCHED);
            assertThat(notConfirmed.detail()).isEqualTo("Plex files it as S02E06, not S02E07");
        }
    }

    @Nested
    class Scanning {

        @Test
        void scansASeasonPackOnce() {
            IntStream.rangeClosed(1, 10).forEach(number -> plex.listsNothing("4", episodeName(number)));

            IntStream.rangeClosed(1, 10)
                    .forEach(number -> submit(
                            episode("episode-" + number, 2, number, "/tv/Severance/Season 02/" + episodeName(number))));
            time.advance(Duration.ofSeconds(2));
            IntStream.rangeClosed(1, 10).forEach(number -> plex.lists("4", episodeName(number), episodeBody(number)));
            time.advance(Duration.ofSeconds(2));

            assertThat(plex.scans()).containsExactly(SEASON_FOLDER);
            assertThat(facts(PlexScanRequested.class)).hasSize(10);
            assertThat(facts(PlexConfirmed.class))
                    .extracting(fact -> fact.episodes().getFirst().key().episode())
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 10).boxed().toList());
        }

        @Test
        void spacesScansOfOneSectionFiveSecondsApart() {
            String other = "Dune (2021).mkv";
            plex.listsNothing("3", MOVIE_NAME);
            plex.listsNothing("3", other);

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofSeconds(1));
            submit(movie("rescan-2", "/movies/Dune (2021)/" + other, true));
            time.advance(Duration.ofSeconds(2));
            assertThat(plex.scans()).containsExactly(MOVIE_FOLDER);
            time.advance(Duration.ofSeconds(3));
            assertThat(plex.scans()).as("5 s after the first").containsExactly(MOVIE_FOLDER);
            time.advance(Duration.ofSeconds(1));

            assertThat(plex.scans()).containsExactly(MOVIE_FOLDER, "/data/media/films/Dune (2021)");
            assertThat(facts(PlexScanRequested.class))
                    .extracting(PlexScanRequested::requestedAt)
                    .containsExactly(T0.plusSeconds(2), T0.plusSeconds(7));
        }

        @Test
        void onlyLooksInObserveMode() {
            confirmers = confirmers(PlexProperties.defaults(), Map.of("plex", instance(plex, PlexMode.OBSERVE)));
            plex.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofMinutes(5));
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofMinutes(5));

            assertThat(plex.scans()).isEmpty();
            assertThat(events()).containsExactly(PlexItemFound.class, PlexConfirmed.class);
            assertThat(the(PlexConfirmed.class).scanRequestedAt()).isNull();
        }

        @Test
        void neverScansInObserveModeEvenWhenTheFileNeverShows() {
            confirmers = confirmers(PlexProperties.defaults(), Map.of("plex", instance(plex, PlexMode.OBSERVE)));
            plex.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofMinutes(90));

            assertThat(plex.scans()).isEmpty();
            assertThat(the(PlexNotConfirmed.class).detail()).endsWith("Callsheet did not scan (mode observe)");
        }

        @Test
        void scansOnlyAsAFallbackWhenAskedToLookAfterARestart() {
            plex.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, false));
            time.advance(Duration.ofSeconds(119));
            assertThat(plex.scans()).isEmpty();
            time.advance(Duration.ofSeconds(1 + 2));

            assertThat(plex.scans()).containsExactly(MOVIE_FOLDER);
        }
    }

    @Nested
    class Jobs {

        @Test
        void reportsAnUnmappedPathAtOnceNamingTheSectionsLocations() {
            submit(movie("rescan-1", "/music/Arrival (2016)/" + MOVIE_NAME, true));
            time.settle();

            var notConfirmed = the(PlexNotConfirmed.class);
            assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.PATH_UNMAPPED);
            assertThat(notConfirmed.detail())
                    .isEqualTo("/music/Arrival (2016)/" + MOVIE_NAME + " reads as /music/Arrival (2016)/" + MOVIE_NAME
                            + " on Plex 'plex' (no path mapping applies), which is in no movie section;"
                            + " its movie section locations: /data/media/films (Films), /data/media/films-4k (Films)");
            assertThat(plex.scans()).isEmpty();
            assertThat(plex.lookups()).isEmpty();
        }

        @Test
        void readsTheSectionsAgainForAPathNoneOfThemHolds() {
            submit(movie("rescan-1", "/films-new/Arrival (2016)/" + MOVIE_NAME, true));
            time.advance(Duration.ofSeconds(20));
            assertThat(the(PlexNotConfirmed.class).problem()).isEqualTo(PlexNotConfirmed.Problem.PATH_UNMAPPED);
            PLEX.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/library/sections")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            body("sections.json").replace("/data/media/films-4k", "/films-new"))));
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json").replace(MOVIE_FOLDER, "/films-new/Arrival (2016)"));

            submit(movie("rescan-2", "/films-new/Arrival (2016)/" + MOVIE_NAME, true));
            time.settle();

            assertThat(facts(PlexConfirmed.class)).singleElement().satisfies(confirmed -> {
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
            submit(episode("episode-1", 2, 1, "/movies/Severance/Season 02/" + episodeName(1)));
            time.settle();

            assertThat(the(PlexNotConfirmed.class).detail())
                    .contains("(path mapping /movies → /data/media/films), which is in no show section;"
                            + " its show section locations: /data/media/series (Series)");
        }

        @Test
        void confirmsOnTheRightServerOfTwo() {
            var other = new StubPlex(OTHER_PLEX, TOKEN).serving();
            OTHER_PLEX.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/identity")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            body("identity.json").replace("9a1e0c7b", "00000000"))));
            confirmers = confirmers(
                    PlexProperties.defaults(),
                    Map.of("plex", instance(plex, PlexMode.SCAN), "plex2", instance(other, PlexMode.SCAN)));
            plex.listsNothing("3", MOVIE_NAME);
            other.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, true));
            submit(new RescanPlexFolder("rescan-2", MediaKey.movie(329865, false), "plex2", target(ARR_MOVIE), true));
            time.advance(Duration.ofSeconds(2));
            other.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofSeconds(2));

            assertThat(plex.scans()).containsExactly(MOVIE_FOLDER);
            assertThat(other.scans()).containsExactly(MOVIE_FOLDER);
            assertThat(facts(PlexConfirmed.class)).singleElement().satisfies(confirmed -> {
                assertThat(confirmed.instance()).isEqualTo("plex2");
                assertThat(confirmed.commandId()).isEqualTo("rescan-2");
                assertThat(confirmed.place().machineIdentifier()).startsWith("00000000");
            });
        }

        @Test
        void joinsTheJobForTheSameCommandOrTheSameFile() {
            plex.listsNothing("3", MOVIE_NAME);

            submit(movie("rescan-1", ARR_MOVIE, true));
            submit(movie("rescan-1", ARR_MOVIE, true));
            time.advance(Duration.ofSeconds(2));
            submit(movie("rescan-2", ARR_MOVIE, true));
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofSeconds(2));

            assertThat(plex.scans()).containsExactly(MOVIE_FOLDER);
            assertThat(facts(PlexScanRequested.class))
                    .extracting(PlexScanRequested::commandId)
                    .containsExactly("rescan-1", "rescan-2");
            assertThat(facts(PlexConfirmed.class))
                    .extracting(PlexConfirmed::commandId)
                    .containsExactly("rescan-1", "rescan-2");
            assertThat(plex.lookups()).as("one pre-check, one look").hasSize(2);
        }

        @Test
        void waitsForAFreePlaceBeyondTheCap() {
            var one = new PlexProperties(
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(120),
                    Duration.ofMinutes(15),
                    Duration.ofMinutes(90),
                    Duration.ofMinutes(5),
                    1);
            confirmers = confirmers(one, Map.of("plex", instance(plex, PlexMode.SCAN)));
            plex.listsNothing("3", MOVIE_NAME);
            plex.lists(
                    "3",
                    "Dune (2021).mkv",
                    body("movie-by-file.json").replace(MOVIE_FILE, "/data/media/films/Dune (2021)/Dune (2021).mkv"));
            submit(movie("rescan-1", ARR_MOVIE, true));

            var second = CompletableFuture.runAsync(
                    () -> submit(movie("rescan-2", "/movies/Dune (2021)/Dune (2021).mkv", true)));
            time.advance(Duration.ofSeconds(3));
            assertThat(second).as("waiting while one file is in flight").isNotDone();
            plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
            time.advance(Duration.ofSeconds(2));
            await().atMost(Duration.ofSeconds(5)).until(second::isDone);
            time.settle();

            assertThat(facts(PlexConfirmed.class))
                    .extracting(PlexConfirmed::commandId)
                    .containsExactly("rescan-1", "rescan-2");
        }
    }

    @Test
    void neverSendsTheTokenAnywhereButTheHeader() {
        plex.listsNothing("3", MOVIE_NAME);

        submit(movie("rescan-1", ARR_MOVIE, true));
        time.advance(Duration.ofMinutes(90));

        assertThat(PLEX.getAllServeEvents())
                .allSatisfy(event -> assertThat(event.getRequest().getUrl()).doesNotContain(TOKEN));
        assertThat(facts).allSatisfy(fact -> assertThat(fact.toString()).doesNotContain(TOKEN));
    }

    private PlexConfirmers confirmers(PlexProperties settings, Map<String, InstanceProperties.Instance> instances) {
        return new PlexConfirmers(
                PlexServers.from(new InstanceProperties(instances), WebClient.builder()),
                settings,
                time,
                time,
                (instance, fact) -> facts.add(fact));
    }

    private static InstanceProperties.Instance instance(StubPlex stub, PlexMode mode) {
        return new InstanceProperties.Instance(
                SourceKind.PLEX,
                URI.create(stub.url()),
                null,
                null,
                null,
                false,
                Duration.ofSeconds(5),
                TOKEN,
                List.of(new PathMapping("/movies", "/data/media/films"), new PathMapping("/tv", "/data/media/series")),
                mode);
    }

    private void submit(RescanPlexFolder command) {
        try {
            confirmers.submit(command);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static RescanPlexFolder movie(String id, String arrPath, boolean scan) {
        return new RescanPlexFolder(id, MediaKey.movie(329865, false), "plex", target(arrPath), scan);
    }

    private static PlexTarget target(String arrPath) {
        return new PlexTarget(MediaType.MOVIE, arrPath, 329865L, "tt2543164", null, List.of(), false, T0);
    }

    private static RescanPlexFolder episode(String id, int season, int number, String arrPath) {
        var ref = new EpisodeRef(EpisodeKey.of(season, number), null, null, null, null);
        var target = new PlexTarget(MediaType.SERIES, arrPath, null, null, 371980L, List.of(ref), false, T0);
        return new RescanPlexFolder(id, MediaKey.series(371980, false), "plex", target, true);
    }

    private static String episodeName(int number) {
        return "Severance - S02E%02d.mkv".formatted(number);
    }

    /** §8.5's episode, as episode {@code number} of season 2 in its own file. */
    private static String episodeBody(int number) {
        return body("episode-by-file.json")
                .replace("Severance - S02E01 - Hello, Ms. Cobel.mkv", episodeName(number))
                .replace("\"ratingKey\": \"5120\"", "\"ratingKey\": \"" + (5200 + number) + "\"")
                .replace("\"index\": 1,", "\"index\": " + number + ",");
    }

    private List<Class<? extends MediaEvent>> events() {
        synchronized (facts) {
            return facts.stream()
                    .<Class<? extends MediaEvent>>map(fact -> fact.event().getClass())
                    .toList();
        }
    }

    private <T extends MediaEvent> List<T> facts(Class<T> type) {
        synchronized (facts) {
            return facts.stream()
                    .map(CommandOutcome.MediaFact::event)
                    .filter(type::isInstance)
                    .map(type::cast)
                    .toList();
        }
    }

    private <T extends MediaEvent> T the(Class<T> type) {
        var found = facts(type);
        assertThat(found).as("one " + type.getSimpleName() + " in " + events()).hasSize(1);
        return found.getFirst();
    }
}
