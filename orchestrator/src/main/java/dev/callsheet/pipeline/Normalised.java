package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.Envelope;
import dev.callsheet.source.SourceObservation;

/** What normalising one inbound record produced; one record may produce several. */
sealed interface Normalised {

    /** A fact for the decider, bound for {@code events}. */
    record Fact(Envelope envelope) implements Normalised {}

    /** A body that could not be used, bound for {@code deadletter}. */
    record Rejected(DeadLetter deadLetter) implements Normalised {}

    /** A fact awaiting its key, or a lookup's answer, bound for the key-lookup stage under {@code lookupValue}. */
    record Lookup(String lookupValue, LookupInput input) implements Normalised {}

    /** A download client's report, bound for the correlation stage under its download id. */
    record Report(UnkeyedReport report) implements Normalised {}

    /** The source was heard from, bound for the source status. */
    record Heard(SourceObservation observation) implements Normalised {}
}
