package dev.callsheet.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts waiting for one lookup, in arrival order: the value of the {@code held-facts} store.
 *
 * @param facts oldest first
 */
record HeldFacts(List<Held> facts) {

    HeldFacts {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    static HeldFacts none() {
        return new HeldFacts(List.of());
    }

    HeldFacts plus(UnkeyedFact fact, long heldSince) {
        var more = new ArrayList<>(facts);
        more.add(new Held(fact, heldSince));
        return new HeldFacts(more);
    }

    /**
     * One fact and when it began to wait, by the wall clock of the instance that held it.
     * Wall-clock, not the fact's receive time: a replay of old webhooks must not expire at once.
     */
    record Held(UnkeyedFact fact, long heldSince) {}
}
