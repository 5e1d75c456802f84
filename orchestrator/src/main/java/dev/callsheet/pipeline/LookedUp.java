package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.command.Command;

/** What the key-lookup stage produced for the topics downstream. */
sealed interface LookedUp {

    /** A held fact, now keyed, bound for {@code events}. */
    record Released(Envelope envelope) implements LookedUp {}

    /** A lookup to be carried out, bound for {@code commands}. */
    record Asked(Command command) implements LookedUp {}

    /** A fact whose key did not come, bound for {@code deadletter}. */
    record Rejected(DeadLetter deadLetter) implements LookedUp {}
}
