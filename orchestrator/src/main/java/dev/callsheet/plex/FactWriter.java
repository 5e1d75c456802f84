package dev.callsheet.plex;

import dev.callsheet.events.command.CommandOutcome;

/** Where the confirmer's facts go: {@code inbound}, as outcomes of the command, in production. */
interface FactWriter {

    /**
     * Returns once the fact is durable.
     *
     * @param instance the Plex instance the fact is about
     */
    void write(String instance, CommandOutcome.MediaFact fact);
}
