package dev.callsheet.command;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import java.util.Optional;

/**
 * {@link LookUpOverseerrRequest}: which series a request is for, by Overseerr's API. The facts held
 * for the request are released when the answer names a TVDB id, and dead-lettered when it cannot.
 */
final class OverseerrLookup implements CommandHandler<LookUpOverseerrRequest> {

    private static final String PREFIX = "overseerr-";

    private final ServiceClients clients;

    OverseerrLookup(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public CommandOutcome attempt(LookUpOverseerrRequest command) {
        String requestId = command.lookup().requestId().value();
        if (!requestId.startsWith(PREFIX)) {
            throw AttemptFailed.permanent("request " + requestId + " is not an Overseerr request");
        }
        long number = Long.parseLong(requestId.substring(PREFIX.length()));
        var overseerr = clients.overseerr(command.instance());
        var endpoint = clients.endpoint(SourceKind.OVERSEERR, "Overseerr", command.instance());
        var request = Blocking.await(overseerr.findRequest(number), "Overseerr", endpoint);
        if (request.isEmpty()) {
            return notFound(command, "Overseerr has no request " + number);
        }
        Long tvdbId = request.get().media().tvdbId();
        // Overseerr leaves it empty for shows TMDB links to no TVDB entry; asking again will not help.
        return tvdbId == null || tvdbId <= 0
                ? notFound(command, "Overseerr knows no TVDB id for request " + number)
                : new CommandOutcome.KeyFound(command.id(), command.lookup(), tvdbId);
    }

    /** Only giving up is recorded: until the series is known there is no timeline to put a retry on. */
    @Override
    public Optional<CommandOutcome> failed(LookUpOverseerrRequest command, FailedAttempt failure) {
        if (!failure.givenUp()) {
            return Optional.empty();
        }
        // The held facts' dead letter is where the admin reads why: it names the version that answered.
        String version = failure.unreadable().isEmpty()
                ? ""
                : clients.version(SourceKind.OVERSEERR, command.instance())
                        .map(known -> " (Overseerr version " + known + ")")
                        .orElse(" (Overseerr version not known)");
        return Optional.of(
                notFound(command, "gave up after attempt " + failure.attempt() + ": " + failure.reason() + version));
    }

    private static CommandOutcome notFound(LookUpOverseerrRequest command, String reason) {
        return new CommandOutcome.KeyNotFound(command.id(), command.lookup(), reason);
    }
}
