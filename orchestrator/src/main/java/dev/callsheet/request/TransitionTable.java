package dev.callsheet.request;

import static dev.callsheet.request.RequestState.APPROVED;
import static dev.callsheet.request.RequestState.AVAILABLE;
import static dev.callsheet.request.RequestState.CANCELLED;
import static dev.callsheet.request.RequestState.DECLINED;
import static dev.callsheet.request.RequestState.DOWNLOADING;
import static dev.callsheet.request.RequestState.FAILED;
import static dev.callsheet.request.RequestState.IMPORTED;
import static dev.callsheet.request.RequestState.NOTIFIED;
import static dev.callsheet.request.RequestState.REQUESTED;
import static dev.callsheet.request.RequestState.SEARCHING;
import static dev.callsheet.request.Transition.move;
import static dev.callsheet.request.Transition.opening;

import java.util.List;
import java.util.Optional;

/**
 * Every move a request's state may make, listed once. The decider works out where a fact would
 * take a request and asks this table whether the move is allowed; a move not listed here is "no
 * change" (a late or repeated fact, or one that would go backwards, but for {@link #NEW_EPISODES}).
 * {@code docs/state-machine.md} is generated from this list by {@link StateDiagram}.
 */
public final class TransitionTable {

    /**
     * The trigger of the one kind of move back: episodes that aired after a series request became
     * available join its scope, and it follows them again from where they stand. A movie never
     * moves back.
     */
    public static final String NEW_EPISODES = "new episodes joined the scope";

    private static final List<Transition> TRANSITIONS = List.of(
            opening(REQUESTED, "submitted, or first heard of by a later request event"),
            move(REQUESTED, APPROVED, "approved or auto-approved"),
            move(REQUESTED, DECLINED, "declined"),
            move(REQUESTED, FAILED, "hand-off to the arr failed"),
            move(APPROVED, SEARCHING, "added to the arr, or approved once it is there"),
            move(APPROVED, DOWNLOADING, "grabbed, or approved while downloading"),
            move(APPROVED, IMPORTED, "imported, or approved once imported"),
            move(APPROVED, AVAILABLE, "in the library, or approved once there"),
            move(APPROVED, FAILED, "hand-off to the arr failed"),
            move(APPROVED, CANCELLED, "removed from the arr"),
            move(SEARCHING, DOWNLOADING, "release grabbed"),
            move(SEARCHING, IMPORTED, "imported without a grab seen"),
            move(SEARCHING, AVAILABLE, "in the library"),
            move(SEARCHING, CANCELLED, "removed from the arr"),
            move(DOWNLOADING, FAILED, "its download failed in the client"),
            move(DOWNLOADING, IMPORTED, "imported"),
            move(DOWNLOADING, AVAILABLE, "in the library"),
            move(DOWNLOADING, CANCELLED, "removed from the arr"),
            move(IMPORTED, AVAILABLE, "in the library"),
            move(IMPORTED, CANCELLED, "removed from the arr"),
            move(AVAILABLE, NOTIFIED, "notification sent"),
            move(AVAILABLE, SEARCHING, NEW_EPISODES),
            move(AVAILABLE, DOWNLOADING, NEW_EPISODES),
            move(AVAILABLE, IMPORTED, NEW_EPISODES),
            move(NOTIFIED, SEARCHING, NEW_EPISODES),
            move(NOTIFIED, DOWNLOADING, NEW_EPISODES),
            move(NOTIFIED, IMPORTED, NEW_EPISODES),
            move(FAILED, APPROVED, "approved again"),
            move(FAILED, SEARCHING, "added to the arr after all"),
            move(FAILED, DOWNLOADING, "grabbed again, or its download recovered"),
            move(FAILED, IMPORTED, "imported after all"),
            move(FAILED, AVAILABLE, "in the library after all"),
            move(FAILED, CANCELLED, "removed from the arr"));

    private TransitionTable() {}

    /** Every allowed transition, in the order the state diagram lists them. */
    public static List<Transition> transitions() {
        return TRANSITIONS;
    }

    /** Whether a request may move from {@code from} (empty: not opened yet) to {@code to}. */
    public static boolean allows(Optional<RequestState> from, RequestState to) {
        return TRANSITIONS.stream().anyMatch(t -> t.from().equals(from) && t.to() == to);
    }
}
