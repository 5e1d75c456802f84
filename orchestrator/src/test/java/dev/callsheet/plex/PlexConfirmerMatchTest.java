package dev.callsheet.plex;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.plex.Confirming.ARR_MOVIE;
import static dev.callsheet.plex.Confirming.MOVIE_NAME;
import static dev.callsheet.plex.Confirming.T0;
import static dev.callsheet.plex.Confirming.episode;
import static dev.callsheet.plex.Confirming.movie;
import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The confirmer judging whether Plex matched the file to the right title, and the grace it gives.
 * Against a stub Plex serving plex-confirmation.md §8's bodies, on the test's own clock.
 */
class PlexConfirmerMatchTest {

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
    void reportsAnItemStillUnmatchedAfterTheGrace() {
        at.plex.lists("3", MOVIE_NAME, body("movie-unmatched.json"));

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(at.events()).containsExactly(PlexItemFound.class);
        at.time.advance(Duration.ofSeconds(1));

        var notConfirmed = at.the(PlexNotConfirmed.class);
        assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.UNMATCHED);
        assertThat(notConfirmed.place().ratingKey()).isEqualTo("4021");
        assertThat(notConfirmed.detail())
                .isEqualTo("Plex has 'Arrival' unmatched (guid local://4021, no TMDB or IMDb id)");
        assertThat(at.events()).doesNotContain(PlexConfirmed.class);
        assertThat(at.plex.scans()).as("the pre-check found it").isEmpty();
    }

    @Test
    void confirmsAnItemMatchedWithinTheGrace() {
        at.plex.lists("3", MOVIE_NAME, body("movie-unmatched.json"));

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofMinutes(1));
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofMinutes(2));

        assertThat(at.events()).containsExactly(PlexItemFound.class, PlexConfirmed.class);
        var confirmed = at.the(PlexConfirmed.class);
        assertThat(confirmed.foundAt()).isEqualTo(T0);
        assertThat(confirmed.readyAt()).isAfter(T0.plusSeconds(60)).isBefore(T0.plusSeconds(180));
    }

    @Test
    void reportsWhatPlexMatchedInsteadAfterTheGrace() {
        at.plex.lists("3", MOVIE_NAME, body("movie-mismatched.json"));

        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(Duration.ofMinutes(15));

        var notConfirmed = at.the(PlexNotConfirmed.class);
        assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.MISMATCHED);
        assertThat(notConfirmed.detail())
                .isEqualTo("Plex matched it to 'Arrival of the Body Snatchers' (TMDB 999, IMDb tt0000999, TVDB 1108),"
                        + " not to TMDB 329865 / IMDb tt2543164");
    }

    @Test
    void confirmsANewEpisodeWhoseShowIsMatchedThoughItsOwnMetadataLags() {
        String name = "Severance - S02E06 - Attila.mkv";
        at.plex.lists("4", name, body("episode-metadata-pending.json"));

        at.submit(episode("episode-6", 2, 6, "/tv/Severance/Season 02/" + name));
        at.time.settle();

        var confirmed = at.the(PlexConfirmed.class);
        assertThat(confirmed.place().ratingKey()).isEqualTo("5125");
        assertThat(confirmed.place().sectionTitle()).isEqualTo("Series");
        assertThat(confirmed.episodes()).extracting(EpisodeRef::key).containsExactly(EpisodeKey.of(2, 6));
        assertThat(confirmed.media().tvdbId()).isEqualTo(371980L);
    }

    @Test
    void reportsAnEpisodeFiledUnderOtherNumbers() {
        String name = "Severance - S02E06 - Attila.mkv";
        at.plex.lists("4", name, body("episode-metadata-pending.json"));

        at.submit(episode("episode-7", 2, 7, "/tv/Severance/Season 02/" + name));
        at.time.advance(Duration.ofMinutes(15));

        var notConfirmed = at.the(PlexNotConfirmed.class);
        assertThat(notConfirmed.problem()).isEqualTo(PlexNotConfirmed.Problem.MISMATCHED);
        assertThat(notConfirmed.detail()).isEqualTo("Plex files it as S02E06, not S02E07");
    }
}
