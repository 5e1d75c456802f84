package dev.callsheet.request;

import java.util.Objects;
import java.util.Optional;

/**
 * One allowed move of a request's state, and what triggers it.
 *
 * @param from the state it leaves; empty for the move that opens a request
 * @param trigger what makes the move, in a few words (shown on the state diagram)
 */
public record Transition(Optional<RequestState> from, RequestState to, String trigger) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(trigger, "trigger");
    }

    static Transition opening(RequestState to, String trigger) {
        return new Transition(Optional.empty(), to, trigger);
    }

    static Transition move(RequestState from, RequestState to, String trigger) {
        return new Transition(Optional.of(from), to, trigger);
    }

    public boolean opens() {
        return from.isEmpty();
    }
}
