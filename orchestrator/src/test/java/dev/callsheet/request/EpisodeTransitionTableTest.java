package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpisodeTransitionTableTest {

    private static final List<EpisodeTransition> TABLE = EpisodeTransitionTable.transitions();
    private static final List<EpisodeState> MAIN_LINE = List.of(
            EpisodeState.WANTED,
            EpisodeState.SEARCHING,
            EpisodeState.DOWNLOADING,
            EpisodeState.IMPORTED,
            EpisodeState.AVAILABLE);

    @Test
    void listsEachMoveOnce() {
        assertThat(TABLE).extracting(t -> t.from() + "->" + t.to()).doesNotHaveDuplicates();
    }

    @Test
    void neverStaysInPlace() {
        assertThat(TABLE).noneMatch(t -> t.from().equals(Optional.of(t.to())));
    }

    @Test
    void movesOnlyForwardAlongTheMainLine() {
        assertThat(TABLE)
                .filteredOn(
                        t -> t.from().isPresent() && MAIN_LINE.contains(t.from().get()) && MAIN_LINE.contains(t.to()))
                .allMatch(t ->
                        MAIN_LINE.indexOf(t.to()) > MAIN_LINE.indexOf(t.from().get()));
    }

    @Test
    void endsAtAvailable() {
        assertThat(TABLE).noneMatch(t -> t.from().equals(Optional.of(EpisodeState.AVAILABLE)));
    }

    @Test
    void firstHearsOfAnEpisodeInAnyState() {
        assertThat(TABLE)
                .filteredOn(t -> t.from().isEmpty())
                .extracting(EpisodeTransition::to)
                .containsExactlyInAnyOrder(EpisodeState.values());
    }

    @Test
    void failsOnlyADownload() {
        assertThat(TABLE)
                .filteredOn(t -> t.to() == EpisodeState.FAILED && t.from().isPresent())
                .singleElement()
                .satisfies(t -> assertThat(t.from()).contains(EpisodeState.DOWNLOADING));
    }
}
