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
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.plex.PlexActivity;
import dev.callsheet.adapters.plex.PlexItemType;
import dev.callsheet.adapters.plex.PlexNotification;
import dev.callsheet.adapters.plex.PlexTimelineEntry;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The push channel telling the confirmer when to look: a new item or the end of a scan in a waiting
 * job's section, or the channel opening again, makes it look at once, between the looks of its ladder;
 * without the channel the ladder finds the file all the same. Driven by hand: the test emits the
 * messages and steps the clock.
 *
 * <p>The Arrival movie is scanned at 2 s and then looked for at 4, 8, 16, 31 and 61 s.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlexConfirmerPushTest {

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private Confirming at;

    @BeforeEach
    void serve() {
        at = new Confirming(PLEX);
    }

    @AfterEach
    void close() {
        at.close();
    }

    @Test
    void aNewItemInTheSectionMakesItLookAtOnce() {
        waitingForArrival(Duration.ofSeconds(40));
        int looks = at.plex.lookups().size();

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.pushes(created("3"));
        at.time.settle();

        assertThat(at.the(PlexConfirmed.class).readyAt())
                .as("21 s before the next look on the ladder")
                .isEqualTo(T0.plusSeconds(40));
        assertThat(at.plex.lookups()).hasSize(looks + 1);
        at.time.advance(Duration.ofMinutes(10));
        assertThat(at.plex.lookups())
                .as("the ladder's next look is dropped with the job")
                .hasSize(looks + 1);
    }

    @Test
    void theEndOfAScanOfTheSectionMakesItLookAtOnce() {
        waitingForArrival(Duration.ofSeconds(40));

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.pushes(new PlexActivity(
                PlexActivity.Event.ENDED, "scan-1", PlexActivity.SECTION_SCAN, "Scanning Films", null, 100, "3", null));
        at.time.settle();

        assertThat(at.the(PlexConfirmed.class).readyAt()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void withTheChannelDownTheLadderFindsIt(CapturedOutput output) {
        waitingForArrival(Duration.ofSeconds(20));
        at.push.tryEmitError(new AdapterFailure(
                AdapterFailure.Kind.UNAUTHORIZED,
                "Plex at " + at.plex.url() + " refused the token (HTTP 401 on GET /:/websockets/notifications)",
                null));

        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.time.advance(Duration.ofSeconds(30));

        assertThat(at.the(PlexConfirmed.class).readyAt())
                .as("the ladder's look at 30 s")
                .isEqualTo(T0.plusSeconds(30));
        assertThat(output.getOut().lines().filter(line -> line.contains("push channel closed for good")))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("Plex 'plex'", "refused the token", "callsheet.instances.plex.token")
                .doesNotContain(Confirming.TOKEN);
    }

    @Test
    void aPushedLookThatFindsTheFileTakesOverTheLadder() {
        waitingForArrival(Duration.ofSeconds(40));
        int looks = at.plex.lookups().size();

        at.plex.lists("3", MOVIE_NAME, body("movie-unmatched.json"));
        at.pushes(created("3"));
        at.time.settle();
        assertThat(at.plex.lookups()).hasSize(looks + 1);

        at.time.advance(Duration.ofSeconds(59));
        assertThat(at.plex.lookups())
                .as("the look the ladder had at 61 s is dropped, the next is 60 s after the pushed one")
                .hasSize(looks + 1);
        at.time.advance(Duration.ofSeconds(1));
        assertThat(at.plex.lookups()).hasSize(looks + 2);
    }

    @Test
    void reopeningLooksForEveryWaitingJob() {
        at.plex.listsNothing("4", episodeName(1));
        at.submit(episode("episode-1", 2, 1, "/tv/Severance/Season 02/" + episodeName(1)));
        waitingForArrival(Duration.ofSeconds(40));
        at.plex.lists("3", MOVIE_NAME, body("movie-by-file.json"));
        at.plex.lists("4", episodeName(1), episodeBody(1));

        at.pushes(new PlexNotification.Connected());
        at.time.settle();

        assertThat(at.facts(PlexConfirmed.class))
                .extracting(PlexConfirmed::readyAt)
                .containsExactly(T0.plusSeconds(40), T0.plusSeconds(40));
    }

    @Test
    void newsOfAnotherSectionLooksUpOnlyItsJobs() {
        at.plex.listsNothing("4", episodeName(1));
        at.submit(episode("episode-1", 2, 1, "/tv/Severance/Season 02/" + episodeName(1)));
        waitingForArrival(Duration.ofSeconds(40));
        long movieLooks = looksIn("3");
        long episodeLooks = looksIn("4");

        at.pushes(created("4"));
        at.pushes(new PlexTimelineEntry(
                "tv.plex.providers.epg.cloud",
                "3",
                "77",
                PlexItemType.MOVIE,
                0,
                "created",
                null,
                null,
                null,
                null,
                null,
                null));
        at.time.settle();

        assertThat(looksIn("4")).isEqualTo(episodeLooks + 1);
        assertThat(looksIn("3")).as("no news of section 3's library").isEqualTo(movieLooks);
    }

    @Test
    void aPushedLookThatFindsNothingLeavesTheLadderAsItWas() {
        waitingForArrival(Duration.ofSeconds(10));
        int looks = at.plex.lookups().size();

        at.pushes(created("3"));
        at.pushes(created("3"));
        at.pushes(created("3"));
        at.time.settle();
        assertThat(at.plex.lookups()).as("three messages, one look").hasSize(looks + 1);

        at.time.advance(Duration.ofSeconds(5));
        assertThat(at.plex.lookups()).as("the ladder's look at 15 s").hasSize(looks + 2);
        at.time.advance(Duration.ofSeconds(14));
        assertThat(at.plex.lookups()).hasSize(looks + 2);
        at.time.advance(Duration.ofSeconds(1));
        assertThat(at.plex.lookups()).as("and at 30 s").hasSize(looks + 3);
    }

    @Test
    void closingEndsTheSubscription() {
        assertThat(at.push.currentSubscriberCount()).isEqualTo(1);

        at.close();

        assertThat(at.push.currentSubscriberCount()).isZero();
    }

    @Test
    void switchedOffItDoesNotListen() {
        var settings = PlexProperties.defaults();
        var off = new PlexProperties(
                settings.sectionScanTimeout(),
                settings.rescanAfter(),
                settings.grace(),
                settings.deadline(),
                settings.sectionsMaxAge(),
                settings.maxJobs(),
                false);

        at.use(off, Map.of("plex", instance(at.plex, PlexMode.SCAN)));

        assertThat(at.push.currentSubscriberCount()).isZero();
    }

    /** The Arrival movie submitted at T0, scanned, not listed, and the clock {@code after} on. */
    private void waitingForArrival(Duration after) {
        at.plex.listsNothing("3", MOVIE_NAME);
        at.submit(movie("rescan-1", ARR_MOVIE, true));
        at.time.advance(after);
        assertThat(at.facts(PlexConfirmed.class)).isEmpty();
    }

    private long looksIn(String section) {
        return at.plex.lookups().stream()
                .filter(url -> url.startsWith("/library/sections/" + section + "/all"))
                .count();
    }

    private static PlexTimelineEntry created(String section) {
        return new PlexTimelineEntry(
                PlexTimelineEntry.LIBRARY,
                section,
                "4021",
                PlexItemType.MOVIE,
                0,
                "created",
                null,
                "Arrival",
                null,
                null,
                null,
                null);
    }
}
