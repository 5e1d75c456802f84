package dev.callsheet.plex;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.plex.Confirming.ARR_MOVIE;
import static dev.callsheet.plex.Confirming.MOVIE_FOLDER;
import static dev.callsheet.plex.Confirming.MOVIE_NAME;
import static dev.callsheet.plex.Confirming.SEASON_FOLDER;
import static dev.callsheet.plex.Confirming.T0;
import static dev.callsheet.plex.Confirming.episode;
import static dev.callsheet.plex.Confirming.episodeBody;
import static dev.callsheet.plex.Confirming.episodeName;
import static dev.callsheet.plex.Confirming.instance;
import static dev.callsheet.plex.Confirming.movie;
import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.plex.PlexActivity;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexScanRequested;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The confirmer scanning: once per folder, one folder of a section at a time, a fall-back scan after a restart,
 * none in observe mode. Against a stub Plex serving plex-confirmation.md §8's bodies, on the test's
 * own clock.
 */
class PlexConfirmerScanningTest {

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private Confirming at;

    private static PlexActivity scanEnded(String section) {
        return new PlexActivity(
                PlexActivity.Event.ENDED,
                "39cc0658-9cf6-4077-9237-1e575ca32204",
                PlexActivity.SECTION_SCAN,
                "Scanning Movies",
                "",
                100,
                section,
                null);
    }

    @BeforeEach
    void serve() {
        at = new Confirming(PLEX);
    }

    @Test
    void scansASeasonPackOnce() {
        IntStream.rangeClosed(1, 10).forEach(number -> at.plex.listsNothing("4", episodeName(number)));

        IntStream.rangeClosed(1, 10)
                .forEach(number -> at.submit(
                        episode("episode-" + number, 2, number, "/tv/Severance/Season 02/" + episodeName(number))));
        at.time.settle();
        IntStream.rangeClosed(1, 10).forEach(number -> at.plex.lists("4", episodeName(number), episodeBody(number)));
        at.time.advance(Duration.ofSeconds(1));

        assertThat(at.plex.scans()).containsExactly(SEASON_FOLDER);
        assertThat(at.facts(PlexScanRequested.class))
                .hasSize(10)
                .extracting(PlexScanRequested::requestedAt)
                .containsOnly(T0);
        assertThat(at.facts(PlexConfirmed.class))
                .extracting(fact -> fact.episodes().getFirst().key().episode())
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 10).boxed().toList());
    }

    @Test
    void looksUpFilesThatCameDuringTheirFoldersScanBeforeScanningAgain() {
        IntStream.rangeClosed(1, 3).forEach(number -> at.plex.listsNothing("4", episodeName(number)));
        at.submit(episode("episode-1", 2, 1, "/tv/Severance/Season 02/" + episodeName(1)));
        at.time.settle();
        at.submit(episode("episode-2", 2, 2, "/tv/Severance/Season 02/" + episodeName(2)));
        at.submit(episode("episode-3", 2, 3, "/tv/Severance/Season 02/" + episodeName(3)));
        at.time.advance(Duration.ofMillis(500));
        assertThat(at.plex.scans()).as("while the first scan runs").containsExactly(SEASON_FOLDER);

        // The first scan brought in episodes 1 and 2 only: episode 3 alone needs the second.
        at.plex.lists("4", episodeName(1), episodeBody(1));
        at.plex.lists("4", episodeName(2), episodeBody(2));
        at.time.advance(Duration.ofMillis(500));

        assertThat(at.plex.scans()).containsExactly(SEASON_FOLDER, SEASON_FOLDER);
        assertThat(at.facts(PlexScanRequested.class))
                .extracting(fact -> fact.episodes().getFirst().key().episode(), PlexScanRequested::requestedAt)
                .containsExactlyInAnyOrder(tuple(1, T0), tuple(3, T0.plusSeconds(1)));
        assertThat(at.facts(PlexConfirmed.class))
                .extracting(fact -> fact.episodes().getFirst().key().episode())
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void scansTheNextFolderOfASectionWhenPlexSaysTheScanEnded() {
        String other = "Dune (2021).mkv";
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.listsNothing("3", other);
        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.settle();
        at.submit(movie("rescan-2", "/movies/Dune (2021)/" + other, true));
        at.time.advance(Duration.ofMillis(400));
        assertThat(at.plex.scans()).as("one scan of the section at a time").containsExactly(MOVIE_FOLDER);

        at.pushes(scanEnded("1"));
        at.time.settle();
        assertThat(at.plex.scans()).as("another section's scan ended").containsExactly(MOVIE_FOLDER);
        at.pushes(scanEnded("3"));
        at.time.settle();

        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER, "/data/media/films/Dune (2021)");
        assertThat(at.facts(PlexScanRequested.class))
                .extracting(PlexScanRequested::requestedAt)
                .containsExactly(T0, T0.plusMillis(400));
    }

    @Test
    void scansTheNextFolderOfASectionOnceTheFilesOfTheRunningScanAreFound() {
        String other = "Dune (2021).mkv";
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.listsNothing("3", other);
        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.submit(movie("rescan-2", "/movies/Dune (2021)/" + other, true));
        at.time.settle();
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));

        at.time.advance(Duration.ofSeconds(1));

        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER, "/data/media/films/Dune (2021)");
        assertThat(at.facts(PlexScanRequested.class))
                .extracting(PlexScanRequested::requestedAt)
                .containsExactly(T0, T0.plusSeconds(1));
    }

    @Test
    void takesAScanPlexSaysNothingAboutAsEndedAfterTheTimeoutAndKeepsTheOrder() {
        List<String> names = List.of("Dune (2021)", "Heat (1995)", "Alien (1979)", "Ran (1985)");
        for (int n = 0; n < names.size(); n++) {
            at.plex.listsNothing("3", names.get(n) + ".mkv");
            at.submit(movie("rescan-" + n, "/movies/" + names.get(n) + "/" + names.get(n) + ".mkv", true));
            at.time.advance(Duration.ofMillis(500));
        }

        at.time.advance(Duration.ofSeconds(20));

        assertThat(at.plex.scans())
                .containsExactlyElementsOf(
                        names.stream().map(name -> "/data/media/films/" + name).toList());
        assertThat(at.facts(PlexScanRequested.class))
                .extracting(PlexScanRequested::requestedAt)
                .containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(10), T0.plusSeconds(15));
    }

    @Test
    void scansTheNextFolderAtOnceWhenPlexRefusesAScan() {
        String other = "Dune (2021).mkv";
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.listsNothing("3", other);
        at.plex.refusesScansOf(MOVIE_FOLDER);
        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.submit(movie("rescan-2", "/movies/Dune (2021)/" + other, true));

        at.time.settle();

        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER, "/data/media/films/Dune (2021)");
        assertThat(at.facts(PlexScanRequested.class))
                .extracting(PlexScanRequested::folder)
                .containsExactly("/data/media/films/Dune (2021)");
    }

    @Test
    void onlyLooksInObserveMode() {
        at.use(PlexProperties.defaults(), Map.of("plex", instance(at.plex, PlexMode.OBSERVE)));
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofMinutes(5));
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofMinutes(5));

        assertThat(at.plex.scans()).isEmpty();
        assertThat(at.events()).containsExactly(PlexItemFound.class, PlexConfirmed.class);
        assertThat(at.the(PlexConfirmed.class).scanRequestedAt()).isNull();
    }

    @Test
    void neverScansInObserveModeEvenWhenTheFileNeverShows() {
        at.use(PlexProperties.defaults(), Map.of("plex", instance(at.plex, PlexMode.OBSERVE)));
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofMinutes(90));

        assertThat(at.plex.scans()).isEmpty();
        assertThat(at.the(PlexNotConfirmed.class).detail()).endsWith("Callsheet did not scan (mode observe)");
    }

    @Test
    void scansOnlyAsAFallbackWhenAskedToLookAfterARestart() {
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, false));
        at.time.advance(Duration.ofSeconds(119));
        assertThat(at.plex.scans()).isEmpty();
        at.time.advance(Duration.ofSeconds(1 + 2));

        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER);
    }
}
