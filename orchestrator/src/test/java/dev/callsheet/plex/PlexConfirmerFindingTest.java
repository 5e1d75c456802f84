package dev.callsheet.plex;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.plex.Confirming.ARR_MOVIE;
import static dev.callsheet.plex.Confirming.MOVIE_FOLDER;
import static dev.callsheet.plex.Confirming.MOVIE_NAME;
import static dev.callsheet.plex.Confirming.T0;
import static dev.callsheet.plex.Confirming.movie;
import static dev.callsheet.plex.StubPlex.MOVIE_FILE;
import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexScanRequested;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The confirmer finding an imported file: at once, after some looks, through errors, by its
 * whole path, an upgrade, never. Against a stub Plex serving plex-confirmation.md §8's bodies, on
 * the test's own clock: every wait is stepped through, never slept.
 */
class PlexConfirmerFindingTest {

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
    void confirmsWithoutScanningWhenPlexListsTheFileAlready() {
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.settle();

        assertThat(at.events()).containsExactly(PlexItemFound.class, PlexConfirmed.class);
        assertThat(at.plex.scans()).isEmpty();
        var confirmed = at.the(PlexConfirmed.class);
        assertThat(confirmed.scanRequestedAt()).isNull();
        assertThat(confirmed.foundAt()).isEqualTo(T0);
        assertThat(confirmed.readyAt()).isEqualTo(T0);
    }

    @Test
    void scansTheFoldersThenConfirmsOnTheFirstLook() {
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.settle();
        assertThat(at.plex.scans()).as("a lone file waits for nothing").containsExactly(MOVIE_FOLDER);
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(1));

        assertThat(at.events()).containsExactly(PlexScanRequested.class, PlexItemFound.class, PlexConfirmed.class);
        var scan = at.the(PlexScanRequested.class);
        assertThat(scan.section()).isEqualTo("3");
        assertThat(scan.folder()).isEqualTo(MOVIE_FOLDER);
        assertThat(scan.requestedAt()).isEqualTo(T0);
        var confirmed = at.the(PlexConfirmed.class);
        assertThat(confirmed.commandId()).isEqualTo("rescan-1");
        assertThat(confirmed.instance()).isEqualTo("plex");
        assertThat(confirmed.media().tmdbId()).isEqualTo(329865L);
        assertThat(confirmed.place().machineIdentifier()).isEqualTo("9a1e0c7b52d64f3e8b7a6c5d4e3f2a1b0c9d8e7f");
        assertThat(confirmed.place().section()).isEqualTo("3");
        assertThat(confirmed.place().sectionTitle()).isEqualTo("Films");
        assertThat(confirmed.place().ratingKey()).isEqualTo("4021");
        assertThat(confirmed.place().title()).isEqualTo("Arrival");
        assertThat(confirmed.place().path()).isEqualTo(MOVIE_FILE);
        assertThat(confirmed.scanRequestedAt()).isEqualTo(T0);
        assertThat(confirmed.foundAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(confirmed.readyAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(at.facts).allSatisfy(fact -> assertThat(fact.mediaKey()).isEqualTo(MediaKey.movie(329865, false)));
    }

    @Test
    void looksAgainAfterOneTwoFourAndEightSecondsUntilPlexListsIt() {
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofSeconds(1 + 2 + 4));
        assertThat(at.plex.lookups()).as("the pre-check and three looks").hasSize(4);
        at.time.advance(Duration.ofSeconds(7));
        assertThat(at.events()).containsExactly(PlexScanRequested.class);
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(1));

        assertThat(at.plex.lookups()).hasSize(5);
        assertThat(at.the(PlexConfirmed.class).foundAt()).isEqualTo(T0.plusSeconds(1 + 2 + 4 + 8));
    }

    @Test
    void keepsLookingWhilePlexFailsToAnswer() {
        PLEX.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/library/sections/3/all"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofSeconds(1));
        assertThat(at.plex.lookups())
                .as("the pre-check and one look, both failed")
                .hasSize(2);
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(2));

        assertThat(at.events()).containsExactly(PlexScanRequested.class, PlexItemFound.class, PlexConfirmed.class);
    }

    @Test
    void comparesTheWholePathNotJustTheName() {
        String elsewhere = body("movie-by-file.json").replace(MOVIE_FILE, "/data/media/films/Other/" + MOVIE_NAME);
        at.plex.lists("3", MOVIE_NAME, elsewhere);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofSeconds(30));

        assertThat(at.events()).containsExactly(PlexScanRequested.class);
    }

    @Test
    void scansOnceMoreThenGivesUpAtTheDeadline() {
        at.plex.listsNothing("3", MOVIE_NAME);

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofSeconds(119));
        assertThat(at.plex.scans()).hasSize(1);
        at.time.advance(Duration.ofSeconds(1));
        assertThat(at.plex.scans()).as("one re-scan 120 s after the scan").containsExactly(MOVIE_FOLDER, MOVIE_FOLDER);
        at.time.advance(Duration.ofMinutes(90).minusSeconds(120 + 1));
        assertThat(at.events()).doesNotContain(PlexNotConfirmed.class);
        at.time.advance(Duration.ofSeconds(1));

        var notConfirmed = at.the(PlexNotConfirmed.class);
        assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.NOT_IN_LIBRARY);
        assertThat(notConfirmed.path()).isEqualTo(ARR_MOVIE);
        assertThat(notConfirmed.place()).isNull();
        assertThat(notConfirmed.detail())
                .isEqualTo("Plex 'plex' did not list " + MOVIE_FILE + " in section 'Films' within 90 min; scanned "
                        + MOVIE_FOLDER + " twice");
        int looks = at.plex.lookups().size();
        at.time.advance(Duration.ofHours(2));
        assertThat(at.plex.lookups()).as("no look after giving up").hasSize(looks);
        assertThat(at.plex.scans()).hasSize(2);
    }

    @Test
    void confirmsAnUpgradeOnlyOnceTheItemListsTheNewFile() {
        String newName = "Arrival (2016) Remux-2160p.mkv";
        String oldFile = body("movie-by-file.json");
        String newFile = oldFile.replace(MOVIE_NAME, newName);
        at.plex.lists("3", newName, oldFile);

        at.submit(movie("upgrade-1", "/movies/Arrival (2016)/" + newName, true));
        at.time.advance(Duration.ofSeconds(2));
        assertThat(at.events()).as("the item still has the old file").containsExactly(PlexScanRequested.class);
        at.plex.lists("3", newName, newFile);
        at.time.advance(Duration.ofSeconds(2));

        var confirmed = at.the(PlexConfirmed.class);
        assertThat(confirmed.place().ratingKey()).isEqualTo("4021");
        assertThat(confirmed.place().path()).isEqualTo(MOVIE_FOLDER + "/" + newName);
    }
}
