package dev.callsheet.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.UnreadableAnswer;

/** The facts every capability's handlers write about a command's attempts. */
public final class AttemptFacts {

    private AttemptFacts() {}

    /**
     * A failed attempt, for the timeline: "Sonarr unreachable, retrying in 30 s", or given up. An
     * answer that could not be read names the version the instance reports, asked only now.
     *
     * @param command its type name, as the timeline shows it ({@code SearchMovie})
     */
    public static CommandOutcome.MediaFact failed(
            ServiceClients clients,
            SourceKind kind,
            String service,
            String instance,
            Command command,
            MediaKey mediaKey,
            FailedAttempt failure) {
        var unreadable = failure.unreadable()
                .map(answer -> new UnreadableAnswer(
                        service, instance, clients.version(kind, instance).orElse(null), answer.call(), answer.field()))
                .orElse(null);
        String name = command.getClass().getSimpleName();
        var fact = new CommandAttemptFailed(
                media(mediaKey),
                command.id(),
                name,
                failure.attempt(),
                failure.reason(),
                failure.retryIn(),
                unreadable,
                name);
        return new CommandOutcome.MediaFact(command.id(), mediaKey, fact);
    }

    /** What the key says of the media: an outcome only needs to reach the right item. */
    public static MediaInfo media(MediaKey key) {
        boolean movie = key.type() == MediaType.MOVIE;
        return new MediaInfo(
                key.type(), null, null, movie ? key.id() : null, movie ? null : key.id(), null, key.fourK());
    }
}
