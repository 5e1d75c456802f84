package dev.callsheet.events.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The body of an {@code inbound} record from source {@code callsheet}: what one of Callsheet's own
 * commands showed, or what someone did in Callsheet. Both reach the pipeline on the webhooks' durable
 * path, so they are replayed with them. The JSON {@code type} names are part of the topic contract.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CommandOutcome.MediaFact.class, name = "MediaFact"),
    @JsonSubTypes.Type(value = CommandOutcome.KeyFound.class, name = "KeyFound"),
    @JsonSubTypes.Type(value = CommandOutcome.KeyNotFound.class, name = "KeyNotFound"),
    @JsonSubTypes.Type(value = UserAction.class, name = "UserAction"),
})
public sealed interface OwnRecord permits CommandOutcome, UserAction {}
