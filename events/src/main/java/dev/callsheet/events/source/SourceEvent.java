package dev.callsheet.events.source;

/** A fact about a source's own condition. */
public sealed interface SourceEvent permits SourceTested, HealthIssueRaised, HealthRestored, ApplicationUpdated {}
