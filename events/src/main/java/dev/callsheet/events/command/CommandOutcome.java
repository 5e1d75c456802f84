package dev.callsheet.events.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.media.MediaEvent;
import java.util.Objects;

/**
 * What carrying out a command (one attempt of it) showed. Written to {@code inbound} as the body of a
 * record from source {@code callsheet}, so that it reaches the pipeline on the same durable path as
 * a webhook and is normalised like one. The JSON {@code type} names are part of the topic contract.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CommandOutcome.MediaFact.class, name = "MediaFact"),
    @JsonSubTypes.Type(value = CommandOutcome.KeyFound.class, name = "KeyFound"),
    @JsonSubTypes.Type(value = CommandOutcome.KeyNotFound.class, name = "KeyNotFound"),
})
public sealed interface CommandOutcome extends OwnRecord {

    /** The id of the command this answers. */
    String commandId();

    /**
     * A fact about a media item: the command's result ({@code EpisodesResolved}) or a failed attempt
     * ({@code CommandAttemptFailed}).
     */
    record MediaFact(String commandId, MediaKey mediaKey, MediaEvent event) implements CommandOutcome {

        public MediaFact {
            Objects.requireNonNull(mediaKey, "mediaKey");
            Objects.requireNonNull(event, "event");
        }
    }

    /** A key lookup found the series: the facts held for {@code lookup} can be keyed. */
    record KeyFound(String commandId, KeyLookup lookup, long seriesTvdbId) implements CommandOutcome {

        public KeyFound {
            Objects.requireNonNull(lookup, "lookup");
        }
    }

    /** A key lookup cannot succeed, or was given up: the facts held for {@code lookup} are dead-lettered. */
    record KeyNotFound(String commandId, KeyLookup lookup, String reason) implements CommandOutcome {

        public KeyNotFound {
            Objects.requireNonNull(lookup, "lookup");
        }
    }
}
