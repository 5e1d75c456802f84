package dev.callsheet.events.source;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A fact about a source's own condition. The JSON {@code type} names are part of the topic contract. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SourceTested.class, name = "SourceTested"),
    @JsonSubTypes.Type(value = HealthIssueRaised.class, name = "HealthIssueRaised"),
    @JsonSubTypes.Type(value = HealthRestored.class, name = "HealthRestored"),
    @JsonSubTypes.Type(value = ApplicationUpdated.class, name = "ApplicationUpdated"),
})
public sealed interface SourceEvent permits SourceTested, HealthIssueRaised, HealthRestored, ApplicationUpdated {}
