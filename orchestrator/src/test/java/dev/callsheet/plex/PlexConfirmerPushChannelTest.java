package dev.callsheet.plex;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.plex.Confirming.ARR_MOVIE;
import static dev.callsheet.plex.Confirming.MOVIE_NAME;
import static dev.callsheet.plex.Confirming.T0;
import static dev.callsheet.plex.Confirming.episode;
import static dev.callsheet.plex.Confirming.episodeBody;
import static dev.callsheet.plex.Confirming.episodeName;
import static dev.callsheet.plex.Confirming.instance;
import static dev.callsheet.plex.Confirming.movie;
import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The confirmer hearing its Plex through the production push client, over a websocket to a stub
 * Plex that sends the frames of the reference's §8.9 ({@link StubPlexPush}); its calls go through to
 * the stub on WireMock. The ladder runs on the hand-driven clock; the only real-time wait is for the
 * confirmer to hear a frame, after which the look it asked for is due at once and the clock does not
 * move to run it.
 *
 * <p>Every job here is submitted at T0 and waits, unlisted, until 40 s, between two looks of the
 * ladder; the channel opens then.
 */
class PlexConfirmerPushChannelTest {

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    // Reopening waits for the production client's back-off (1 s, doubling) after each refusal.
    private static final Duration HEARING = Duration.ofSeconds(30);
    private static final Instant WAITED = T0.plusSeconds(40);

    private Confirming at;
    private StubPlexPush plex;

    @BeforeEach
    void serve() {
        at = new Confirming(PLEX);
        plex = new StubPlexPush(Confirming.TOKEN, at.plex.url());
        at.connect(PlexProperties.defaults(), Map.of("plex", instance(plex.url(), PlexMode.SCAN)));
    }

    @AfterEach
    void close() {
        at.close();
        plex.close();
    }

    @Test
    void aNewItemInTheSectionMakesItLookAtOnce() {
        at.plex.listsNothing("3", MOVIE_NAME);
        waiting(arrival());
        listening(1);

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        plex.sends("push-created.json");
        heard(1);

        assertThat(at.the(PlexConfirmed.class).readyAt())
                .as("the moment Plex said so, not the ladder's next look")
                .isEqualTo(WAITED);
    }

    @Test
    void theEndOfAScanOfTheSectionMakesItLookAtOnce() {
        at.plex.listsNothing("3", MOVIE_NAME);
        waiting(arrival());
        listening(1);

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        plex.sends("push-scan-ended.json");
        heard(1);

        assertThat(at.the(PlexConfirmed.class).readyAt()).isEqualTo(WAITED);
    }

    @Test
    void anItemProcessedMakesItLookAgainAtOnce() {
        at.plex.lists("3", MOVIE_NAME, body("movie-unmatched.json"));
        waiting(arrival());
        listening(1);

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        plex.sends("push-processed.json");
        heard(1);

        PlexConfirmed confirmed = at.the(PlexConfirmed.class);
        assertThat(confirmed.readyAt()).as("matched when Plex had processed it").isEqualTo(WAITED);
        assertThat(confirmed.foundAt()).as("found unmatched by the ladder").isBefore(WAITED);
    }

    @Test
    void otherSectionsOtherPlugInsAndAScanUnderWayDoNotMakeItLook() {
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.listsNothing("4", episodeName(1));
        waiting(arrival(), episodeOne());
        listening(2);
        long movieLooks = looksIn("3");
        long episodeLooks = looksIn("4");

        plex.sends(
                "push-scan-started.json",
                "push-status.json",
                "push-scan-updated.json",
                "push-progress.json",
                "push-processing.json",
                "push-other-plugin.json",
                // Heard last, on the same channel: once its look is due, the frames before were heard too.
                "push-episode-created.json");
        heard(1);

        assertThat(looksIn("4")).as("the new episode's section").isEqualTo(episodeLooks + 1);
        assertThat(looksIn("3")).as("nothing new in the films' library yet").isEqualTo(movieLooks);
    }

    @Test
    void refusedTheChannelTheLadderFindsItAndItsOpeningLooksUpEveryWaitingJob() {
        plex.refuses();
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.listsNothing("4", episodeName(1));
        at.plex.listsNothing("4", episodeName(2));
        waiting(arrival(), episodeOne(), episodeTwo());
        at.listen();
        await().atMost(HEARING).until(() -> plex.refused() > 0);

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(30));
        assertThat(at.the(PlexConfirmed.class).readyAt())
                .as("a look of the ladder, after it was listed")
                .isAfter(WAITED)
                .isBeforeOrEqualTo(WAITED.plusSeconds(30));

        at.plex.lists("4", episodeName(1), episodeBody(1));
        at.plex.lists("4", episodeName(2), episodeBody(2));
        plex.accepts();
        heard(2);

        assertThat(readyAt("episode-1")).isEqualTo(WAITED.plusSeconds(30));
        assertThat(readyAt("episode-2")).isEqualTo(WAITED.plusSeconds(30));
    }

    @Test
    void aChannelPlexClosedOpensAgainAndLooksUpEveryWaitingJob() {
        at.plex.listsNothing("3", MOVIE_NAME);
        at.plex.listsNothing("4", episodeName(1));
        waiting(arrival(), episodeOne());
        listening(2);

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.plex.lists("4", episodeName(1), episodeBody(1));
        plex.drops();
        heard(2);

        assertThat(readyAt("rescan-1")).isEqualTo(WAITED);
        assertThat(readyAt("episode-1")).isEqualTo(WAITED);
    }

    private static RescanPlexFolder arrival() {
        return movie("rescan-1", ARR_MOVIE, true);
    }

    private static RescanPlexFolder episodeOne() {
        return episode("episode-1", 2, 1, "/tv/Severance/Season 02/" + episodeName(1));
    }

    private static RescanPlexFolder episodeTwo() {
        return episode("episode-2", 2, 2, "/tv/Severance/Season 02/" + episodeName(2));
    }

    /** Submits {@code commands} at T0 and moves the clock to {@link #WAITED}, none confirmed. */
    private void waiting(RescanPlexFolder... commands) {
        for (RescanPlexFolder command : commands) {
            at.submit(command);
        }
        at.time.advance(Duration.between(T0, WAITED));
        assertThat(at.facts(PlexConfirmed.class)).isEmpty();
    }

    /** Opens the channel; its opening looks up each of the {@code jobs} waiting, which finds nothing yet. */
    private void listening(int jobs) {
        int looks = at.plex.lookups().size();
        at.listen();
        heard(jobs);
        assertThat(at.plex.lookups()).as("the opening's looks").hasSize(looks + jobs);
        assertThat(at.facts(PlexConfirmed.class)).isEmpty();
    }

    /** Waits until what the confirmer heard has made {@code looks} looks due, then runs them. */
    private void heard(int looks) {
        await().atMost(HEARING).until(() -> at.time.due() >= looks);
        at.time.settle();
    }

    private Instant readyAt(String commandId) {
        return at.facts(PlexConfirmed.class).stream()
                .filter(fact -> fact.commandId().equals(commandId))
                .map(PlexConfirmed::readyAt)
                .findFirst()
                .orElseThrow(() -> new AssertionError(commandId + " not confirmed: " + at.events()));
    }

    private long looksIn(String section) {
        return at.plex.lookups().stream()
                .filter(url -> url.startsWith("/library/sections/" + section + "/all"))
                .count();
    }
}
