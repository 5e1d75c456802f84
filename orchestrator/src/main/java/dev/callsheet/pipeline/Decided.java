package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.command.Command;
import dev.callsheet.request.RequestView;
import dev.callsheet.request.TimelineEntry;

/** What deciding one fact produced for the topics downstream. */
sealed interface Decided {

    /** A request's timeline entry, bound for {@code timeline}. */
    record Entry(TimelineEntry entry) implements Decided {}

    /** A request's new view, bound for {@code requests}. */
    record View(RequestView view) implements Decided {}

    /** A command for the adapters, bound for {@code commands}. */
    record Issued(Command command) implements Decided {}

    /** A fact the core could not apply, bound for {@code deadletter}. */
    record Rejected(DeadLetter deadLetter) implements Decided {}
}
