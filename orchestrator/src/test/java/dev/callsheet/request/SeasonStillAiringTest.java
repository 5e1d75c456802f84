package dev.callsheet.request;

import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.autoApproved;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.inPlex;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Season 2 airs weekly; on 2024-06-01 three episodes have aired. A request for it becomes
 * available with those three, and follows each later one as it airs.
 */
class SeasonStillAiringTest {

    /** The request for season 2, available with the three episodes aired so far. */
    static Scenario availableWithThreeEpisodes() {
        return givenSeries(
                autoApproved(42, 2),
                seriesAdded(),
                listed(),
                fileImported(episode(2, 1)),
                fileImported(episode(2, 2)),
                fileImported(episode(2, 3)),
                inPlex(episode(2, 1)),
                inPlex(episode(2, 2)),
                inPlex(episode(2, 3)));
    }

    @Nested
    class OnceAvailable {

        @Test
        void isAvailableWithTheEpisodesAiredSoFar() {
            Scenario scenario = availableWithThreeEpisodes();

            RequestView view = scenario.item().requestView(Facts.request(42)).orElseThrow();
            assertThat(view.state()).isEqualTo(RequestState.AVAILABLE);
            assertThat(view.episodes().inScope()).isEqualTo(3);
            assertThat(view.episodes().counts()).containsEntry("available", 3);
        }

        @Test
        void followsAnEpisodeThatSonarrListsAsAiredAgain() {
            Scenario scenario = availableWithThreeEpisodes().later(Duration.ofDays(7));

            Outcome outcome = scenario.when(listed());

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
            assertThat(outcome.entryOf(42).previousState()).isEqualTo("available");
            assertThat(outcome.entryOf(42).summary()).endsWith("new in scope: S02E04, followed again");
            assertThat(outcome.request(42).episodes().inScope()).isEqualTo(4);
        }

        @Test
        void followsAnEpisodeThatAiredWhenTheClockTicks() {
            Scenario scenario = availableWithThreeEpisodes().later(Duration.ofDays(7));

            Outcome outcome = scenario.tick();

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
            assertThat(outcome.mediaEntry().summary()).isEqualTo("S02E04 aired");
            assertThat(outcome.mediaEntry().event()).isEqualTo("EpisodesAired");
            assertThat(outcome.entryOf(42).summary()).isEqualTo("S02E04 aired; new in scope: S02E04, followed again");
            assertThat(outcome.item()
                            .series()
                            .episodes()
                            .get(EpisodeKey.of(2, 4))
                            .state())
                    .isEqualTo(EpisodeState.SEARCHING);
        }

        @Test
        void followsAnEpisodeGrabbedBeforeItsListing() {
            Scenario scenario = availableWithThreeEpisodes().later(Duration.ofDays(7));

            Outcome outcome = scenario.when(
                    SeriesFacts.grabbed(java.util.List.of(episode(2, 4)), "Severance.S02E04.2160p", "SABnzbd_nzo_e4"));

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
            assertThat(outcome.entryOf(42).summary()).endsWith("new in scope: S02E04, followed again");
        }

        @Test
        void becomesAvailableAgainWhenTheNewEpisodeIsInTheLibrary() {
            Scenario scenario = availableWithThreeEpisodes().later(Duration.ofDays(7));
            scenario.tick();
            scenario.when(fileImported(episode(2, 4)));

            Outcome outcome = scenario.when(inPlex(episode(2, 4)));

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.request(42).episodes().counts()).containsEntry("available", 4);
        }

        @Test
        void staysAvailableWhenTheClockTicksBeforeTheNextAirDate() {
            Scenario scenario = availableWithThreeEpisodes().later(Duration.ofDays(2));

            Outcome outcome = scenario.tick();

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.decision().timeline()).isEmpty();
            assertThat(outcome.decision().changedRequests()).isEmpty();
        }
    }

    @Nested
    class WhileImported {

        @Test
        void staysImportedWhileANewEpisodeCatchesUp() {
            Scenario scenario = givenSeries(
                            autoApproved(42, 2),
                            seriesAdded(),
                            listed(),
                            fileImported(episode(2, 1)),
                            fileImported(episode(2, 2)),
                            fileImported(episode(2, 3)))
                    .withoutDeadlines()
                    .later(Duration.ofDays(7));

            Outcome outcome = scenario.tick();

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.IMPORTED);
            assertThat(outcome.entryOf(42).changed()).isFalse();
            assertThat(outcome.entryOf(42).summary()).isEqualTo("S02E04 aired; new in scope: S02E04");
        }
    }
}
