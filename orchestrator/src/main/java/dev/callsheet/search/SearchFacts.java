package dev.callsheet.search;

import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.SearchCommand;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.UnreadableAnswer;

/** The facts a search's attempts leave, on their way back through {@code inbound}. */
final class SearchFacts {

    private SearchFacts() {}

    static CommandOutcome outcome(SearchCommand command, MediaEvent fact) {
        return new CommandOutcome.MediaFact(command.id(), command.mediaKey(), fact);
    }

    /** A failed attempt, on the timeline: "Radarr unreachable, retrying in 30 s", or given up. */
    static CommandOutcome failed(
            ServiceClients clients, SourceKind kind, String service, SearchCommand command, FailedAttempt failure) {
        var unreadable = failure.unreadable()
                .map(answer -> new UnreadableAnswer(
                        service,
                        command.instance(),
                        clients.version(kind, command.instance()).orElse(null),
                        answer.call(),
                        answer.field()))
                .orElse(null);
        String name = command.getClass().getSimpleName();
        var fact = new CommandAttemptFailed(
                media(command.mediaKey()),
                command.id(),
                name,
                failure.attempt(),
                failure.reason(),
                failure.retryIn(),
                unreadable,
                name);
        return outcome(command, fact);
    }

    /** What the key says of the media: the outcome only needs to reach the right item. */
    static MediaInfo media(MediaKey key) {
        boolean movie = key.type() == MediaType.MOVIE;
        return new MediaInfo(
                key.type(), null, null, movie ? key.id() : null, movie ? null : key.id(), null, key.fourK());
    }
}
