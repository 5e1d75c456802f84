package dev.callsheet.pipeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the key-lookup stage hears about one {@code KeyLookup} value, on the repartition topic keyed by
 * it: so an index entry, the facts waiting for it and a lookup's answer all meet on one partition, in
 * the order they were normalised.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LookupInput.Indexed.class, name = "Indexed"),
    @JsonSubTypes.Type(value = LookupInput.Waiting.class, name = "Waiting"),
    @JsonSubTypes.Type(value = LookupInput.Found.class, name = "Found"),
    @JsonSubTypes.Type(value = LookupInput.NotFound.class, name = "NotFound"),
})
sealed interface LookupInput {

    /** A keyed series fact listed the episode: it belongs to series {@code seriesTvdbId}. */
    record Indexed(long seriesTvdbId) implements LookupInput {}

    /** A fact that needs the key. */
    record Waiting(UnkeyedFact fact) implements LookupInput {}

    /** A lookup command found the series. */
    record Found(String commandId, long seriesTvdbId) implements LookupInput {}

    /** A lookup command cannot find the series, or was given up. */
    record NotFound(String commandId, String reason) implements LookupInput {}
}
