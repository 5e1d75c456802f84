package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransitionTableTest {

    private static final List<Transition> TABLE = TransitionTable.transitions();
    private static final List<RequestState> MAIN_LINE = List.of(
            RequestState.REQUESTED,
            RequestState.APPROVED,
            RequestState.SEARCHING,
            RequestState.DOWNLOADING,
            RequestState.IMPORTED,
            RequestState.AVAILABLE,
            RequestState.NOTIFIED);

    @Test
    void opensRequestsOnlyIntoRequested() {
        assertThat(TABLE)
                .filteredOn(Transition::opens)
                .extracting(Transition::to)
                .containsExactly(RequestState.REQUESTED);
    }

    @Test
    void listsEachMoveOnce() {
        assertThat(TABLE).extracting(t -> t.from() + "->" + t.to()).doesNotHaveDuplicates();
    }

    @Test
    void neverStaysInPlace() {
        assertThat(TABLE).noneMatch(t -> t.from().equals(Optional.of(t.to())));
    }

    @ParameterizedTest
    @EnumSource(names = {"DECLINED", "CANCELLED"})
    void endsAt(RequestState state) {
        assertThat(TABLE).noneMatch(t -> t.from().equals(Optional.of(state)));
    }

    @Test
    void movesOnlyForwardAlongTheMainLineButForNewEpisodes() {
        assertThat(TABLE)
                .filteredOn(
                        t -> t.from().isPresent() && MAIN_LINE.contains(t.from().get()) && MAIN_LINE.contains(t.to()))
                .filteredOn(t -> !t.trigger().equals(TransitionTable.NEW_EPISODES))
                .allMatch(t ->
                        MAIN_LINE.indexOf(t.to()) > MAIN_LINE.indexOf(t.from().get()));
    }

    @Test
    void movesBackOnlyFromAvailableOrNotifiedWhenNewEpisodesJoin() {
        assertThat(TABLE)
                .filteredOn(t -> t.trigger().equals(TransitionTable.NEW_EPISODES))
                .extracting(t -> t.from().orElseThrow() + "->" + t.to())
                .containsExactly(
                        "AVAILABLE->SEARCHING",
                        "AVAILABLE->DOWNLOADING",
                        "AVAILABLE->IMPORTED",
                        "NOTIFIED->SEARCHING",
                        "NOTIFIED->DOWNLOADING",
                        "NOTIFIED->IMPORTED");
    }

    @Test
    void leavesNotifiedOnlyWhenNewEpisodesJoin() {
        assertThat(TABLE)
                .filteredOn(t -> t.from().equals(Optional.of(RequestState.NOTIFIED)))
                .allMatch(t -> t.trigger().equals(TransitionTable.NEW_EPISODES));
    }

    @Test
    void notifiesOnlyAvailableRequests() {
        assertThat(TABLE)
                .filteredOn(t -> t.to() == RequestState.NOTIFIED)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.from()).contains(RequestState.AVAILABLE);
                    assertThat(t.trigger()).isEqualTo("notification sent");
                });
    }

    @Test
    void reachesEveryStateFromTheStart() {
        Set<RequestState> reached = EnumSet.noneOf(RequestState.class);
        for (RequestState round : RequestState.values()) {
            for (Transition t : TABLE) {
                if (t.from().map(reached::contains).orElse(true)) {
                    reached.add(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(RequestState.values());
    }

    @Test
    void answersFromTheListAlone() {
        assertThat(TransitionTable.allows(Optional.empty(), RequestState.REQUESTED))
                .isTrue();
        assertThat(TransitionTable.allows(Optional.empty(), RequestState.APPROVED))
                .isFalse();
        assertThat(TransitionTable.allows(Optional.of(RequestState.APPROVED), RequestState.DOWNLOADING))
                .isTrue();
        assertThat(TransitionTable.allows(Optional.of(RequestState.IMPORTED), RequestState.DOWNLOADING))
                .isFalse();
    }
}
