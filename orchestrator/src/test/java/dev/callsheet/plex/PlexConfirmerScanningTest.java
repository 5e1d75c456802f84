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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
 * The confirmer scanning: once per folder, spaced per section, a fall-back scan after a restart,
 * none in observe mode. Against a stub Plex serving plex-confirmation.md §8's bodies, on the test's
 * own clock.
 */
class PlexConfirmerScanningTest {

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private Confirming at;

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
        at.time.advance(Duration.ofSeconds(2));
        IntStream.rangeClosed(1, 10).forEach(number -> at.plex.lists("4", episodeName(number), episodeBody(number)));
        at.time.advance(Duration.ofSeconds(2));

        assertThat(at.plex.scans()).containsExactly(SEASON_FOLDER);
        assertThat(at.facts(PlexScanRequested.class)).hasSize(10);
        assertThat(at.facts(PlexConfirmed.class))
                .extracting(fact -> fact.episodes().getFirst().key().episode())
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 10).boxed().toList());
    }

    @Test
    void spacesScansOfOneSectionFiveSecondsApart() {
        String other = "Dune (2021).mkv";
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.listsNothing("3", other);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofSeconds(1));
        at.submit(movie("rescan-2", "/movies/Dune (2021)/" + other, true));
        at.time.advance(Duration.ofSeconds(2));
        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER);
        at.time.advance(Duration.ofSeconds(3));
        assertThat(at.plex.scans()).as("5 s after the first").containsExactly(MOVIE_FOLDER);
        at.time.advance(Duration.ofSeconds(1));

        assertThat(at.plex.scans()).containsExactly(MOVIE_FOLDER, "/data/media/films/Dune (2021)");
        assertThat(at.facts(PlexScanRequested.class))
                .extracting(PlexScanRequested::requestedAt)
                .containsExactly(T0.plusSeconds(2), T0.plusSeconds(7));
    }

    @Test
    void scansTheFoldersOfOneSectionInTheOrderTheyFellDue() {
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
                .containsExactly(T0.plusSeconds(2), T0.plusSeconds(7), T0.plusSeconds(12), T0.plusSeconds(17));
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
