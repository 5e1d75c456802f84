package dev.callsheet.request;

import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.PlexFacts.found;
import static dev.callsheet.request.PlexFacts.movieCommand;
import static dev.callsheet.request.PlexFacts.notConfirmed;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.givenPlex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.PlexNotConfirmed.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The adapter's confirmation job lives in memory: a file Plex said nothing about for 10 minutes is
 * asked for again at a tick, looking only, until the adapter's own 90-minute deadline.
 */
class PlexTickTest {

    private static final String COMMAND = movieCommand(2, "plex");

    /** Imported at {@code at(2)}; the next tick comes at {@code at(3)}, plus the time moved on by then. */
    private static Scenario waiting() {
        return givenPlex(PlexFacts.ONE, autoApproved(42), imported());
    }

    @Test
    void asksNothingBeforeTheBound() {
        Outcome outcome = waiting().later(Duration.ofMinutes(8)).tick();

        assertThat(outcome.decision().commands()).isEmpty();
        assertThat(outcome.decision().timeline()).isEmpty();
    }

    @Test
    void asksAgainLookingOnlyOnceTheBoundPassedInSilence() {
        var now = at(2).plus(Duration.ofMinutes(10));

        Outcome outcome = waiting().later(Duration.ofMinutes(9)).tick();

        assertThat(outcome.decision().commands()).singleElement().satisfies(command -> {
            RescanPlexFolder rescan = PlexImportTest.rescan(command);
            assertThat(rescan.id()).isEqualTo(COMMAND + ":again:" + now);
            assertThat(rescan.scan()).isFalse();
            assertThat(rescan.target().path()).isEqualTo(Facts.FILE);
        });
        assertThat(outcome.item().plex().waits()).singleElement().satisfies(wait -> assertThat(wait.lastAskedAt())
                .isEqualTo(now));
    }

    @Test
    void asksAtMostOnceEveryBound() {
        Scenario scenario = waiting().later(Duration.ofMinutes(9));
        scenario.tick();

        Outcome soon = scenario.later(Duration.ofMinutes(8)).tick();
        Outcome later = scenario.later(Duration.ofMinutes(1)).tick();

        assertThat(soon.decision().commands()).isEmpty();
        assertThat(later.decision().commands()).hasSize(1);
    }

    @Test
    void countsTheBoundFromTheLastWordOfPlex() {
        Scenario scenario = waiting().later(Duration.ofMinutes(5));
        scenario.when(found(COMMAND, at(2), at(2).plusSeconds(5)));

        Outcome outcome = scenario.later(Duration.ofMinutes(4)).tick();

        assertThat(outcome.decision().commands()).isEmpty();
    }

    @Test
    void stopsAskingAtTheAdaptersDeadline() {
        Scenario scenario = waiting().later(Duration.ofMinutes(89));

        Outcome outcome = scenario.tick();

        assertThat(scenario.item().plex().waits()).singleElement().satisfies(wait -> assertThat(wait.pending())
                .isTrue());
        assertThat(outcome.decision().commands()).isEmpty();
    }

    @Test
    void asksNoMoreForAFilePlexDidNotConfirm() {
        Scenario scenario = waiting();
        scenario.when(notConfirmed(COMMAND, Problem.UNMATCHED, "local://182"));

        Outcome outcome = scenario.later(Duration.ofMinutes(30)).tick();

        assertThat(outcome.decision().commands()).isEmpty();
    }
}
