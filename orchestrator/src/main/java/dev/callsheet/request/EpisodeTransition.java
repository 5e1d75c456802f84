package dev.callsheet.request;

import java.util.Objects;
import java.util.Optional;

/**
 * One allowed move of an episode's state, and what triggers it.
 *
 * @param from the state it leaves; empty when the episode is first heard of
 * @param trigger what makes the move, in a few words (shown on the state diagram)
 */
public record EpisodeTransition(Optional<EpisodeState> from, EpisodeState to, String trigger) {

    public EpisodeTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(trigger, "trigger");
    }

    static EpisodeTransition first(EpisodeState to, String trigger) {
        return new EpisodeTransition(Optional.empty(), to, trigger);
    }

    static EpisodeTransition move(EpisodeState from, EpisodeState to, String trigger) {
        return new EpisodeTransition(Optional.of(from), to, trigger);
    }
}
