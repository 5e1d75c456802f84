package dev.callsheet.request;

import static dev.callsheet.request.EpisodeState.AVAILABLE;
import static dev.callsheet.request.EpisodeState.DOWNLOADING;
import static dev.callsheet.request.EpisodeState.FAILED;
import static dev.callsheet.request.EpisodeState.IMPORTED;
import static dev.callsheet.request.EpisodeState.SEARCHING;
import static dev.callsheet.request.EpisodeState.WANTED;
import static dev.callsheet.request.EpisodeTransition.first;
import static dev.callsheet.request.EpisodeTransition.move;

import java.util.List;
import java.util.Optional;

/**
 * Every move an episode's state may make, listed once. An episode never goes back: a late or
 * repeated fact, or an upgrade of an episode already imported, changes its download or file but
 * not its state. {@code docs/state-machine.md} draws this list too.
 */
public final class EpisodeTransitionTable {

    private static final List<EpisodeTransition> TRANSITIONS = List.of(
            first(WANTED, "listed by Sonarr, not aired or not monitored"),
            first(SEARCHING, "listed by Sonarr, aired and monitored, no file"),
            first(DOWNLOADING, "grabbed"),
            first(IMPORTED, "imported, or listed by Sonarr with a file"),
            first(AVAILABLE, "in the library"),
            first(FAILED, "its download failed or needs manual interaction"),
            move(WANTED, SEARCHING, "aired while monitored"),
            move(WANTED, DOWNLOADING, "grabbed"),
            move(WANTED, IMPORTED, "imported, or listed with a file"),
            move(WANTED, AVAILABLE, "in the library"),
            move(SEARCHING, DOWNLOADING, "grabbed"),
            move(SEARCHING, IMPORTED, "imported without a grab seen, or listed with a file"),
            move(SEARCHING, AVAILABLE, "in the library"),
            move(DOWNLOADING, IMPORTED, "its file imported"),
            move(DOWNLOADING, AVAILABLE, "in the library"),
            move(DOWNLOADING, FAILED, "its download failed, or its import needs manual interaction"),
            move(FAILED, DOWNLOADING, "grabbed again, or its download recovered"),
            move(FAILED, IMPORTED, "imported after all"),
            move(FAILED, AVAILABLE, "in the library after all"),
            move(IMPORTED, AVAILABLE, "in the library"));

    private EpisodeTransitionTable() {}

    /** Every allowed transition, in the order the state diagram lists them. */
    public static List<EpisodeTransition> transitions() {
        return TRANSITIONS;
    }

    /** Whether an episode may move from {@code from} (empty: not heard of yet) to {@code to}. */
    public static boolean allows(Optional<EpisodeState> from, EpisodeState to) {
        return TRANSITIONS.stream().anyMatch(t -> t.from().equals(from) && t.to() == to);
    }
}
