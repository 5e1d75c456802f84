package dev.callsheet.search;

import dev.callsheet.command.AttemptFacts;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.SearchCommand;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;

/** The facts a search's attempts leave, on their way back through {@code inbound}. */
final class SearchFacts {

    private SearchFacts() {}

    static CommandOutcome outcome(SearchCommand command, MediaEvent fact) {
        return new CommandOutcome.MediaFact(command.id(), command.mediaKey(), fact);
    }

    /** A failed attempt, on the timeline: "Radarr unreachable, retrying in 30 s", or given up. */
    static CommandOutcome failed(
            ServiceClients clients, SourceKind kind, String service, SearchCommand command, FailedAttempt failure) {
        return AttemptFacts.failed(clients, kind, service, command.instance(), command, command.mediaKey(), failure);
    }

    /** What the key says of the media: the outcome only needs to reach the right item. */
    static MediaInfo media(MediaKey key) {
        return AttemptFacts.media(key);
    }
}
