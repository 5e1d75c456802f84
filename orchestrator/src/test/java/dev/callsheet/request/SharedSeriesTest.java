package dev.callsheet.request;

import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.autoApproved;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.seasonPackGrabbed;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Alice asks for season 1, Bob for season 2 and Carol for both: one series, three scopes. */
class SharedSeriesTest {

    @Nested
    class WhileEveryoneIsSearching {

        private final Scenario scenario =
                givenSeries(autoApproved(41, 1), autoApproved(42, 2), autoApproved(43, 1, 2), seriesAdded(), listed());

        @Test
        void givesEachRequestTheAiredEpisodesOfItsSeasons() {
            MediaItem item = scenario.item();

            assertThat(item.episodesInScope(Facts.request(41))).hasSize(9);
            assertThat(item.episodesInScope(Facts.request(42)))
                    .extracting(EpisodeView::key)
                    .containsExactly(EpisodeKey.of(2, 1), EpisodeKey.of(2, 2), EpisodeKey.of(2, 3));
            assertThat(item.episodesInScope(Facts.request(43))).hasSize(12);
        }

        @Test
        void movesOnlyTheRequestsWhoseSeasonsThePackCovers() {
            Outcome outcome = scenario.when(seasonPackGrabbed());

            assertThat(outcome.stateOf(41)).isEqualTo(RequestState.DOWNLOADING);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
            assertThat(outcome.stateOf(43)).isEqualTo(RequestState.SEARCHING);
            assertThat(outcome.entriesOf(42)).isEmpty();
            assertThat(outcome.entryOf(43).changed()).isFalse();
        }

        @Test
        void sharesEpisodeStateBetweenTheRequests() {
            Outcome outcome = scenario.when(fileImported(episode(1, 1)));

            assertThat(outcome.request(41).episodes().counts()).containsEntry("imported", 1);
            assertThat(outcome.request(43).episodes().counts()).containsEntry("imported", 1);
            assertThat(outcome.request(42).episodes().counts()).containsEntry("imported", 0);
        }
    }
}
