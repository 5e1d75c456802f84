package dev.callsheet.people;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.overseerr.OverseerrClient;
import dev.callsheet.adapters.overseerr.OverseerrRequest;
import dev.callsheet.adapters.overseerr.UserAddresses;
import dev.callsheet.command.AttemptFacts;
import dev.callsheet.command.AttemptFailed;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import dev.callsheet.events.media.RequesterAddressed;
import java.util.Optional;

/**
 * {@link LookUpRequesterAddresses}: the request names its requester's user id, and that user's
 * notification settings their Discord id and Telegram chat id. The request is read every time (it is
 * what says who asked); the settings are read at most once an hour per user ({@link
 * RememberedAddresses}), yet every command is answered by its own fact.
 *
 * <p>The ids only add to what the webhook and the configuration give, so what stops the lookup for
 * good is answered as no ids, with the reason, rather than given up: a request or user Overseerr no
 * longer has, or an Overseerr whose webhooks come in without an API key configured for it. An
 * Overseerr that does not answer is retried, then given up, like every other call to it.
 */
final class RequesterLookups implements CommandHandler<LookUpRequesterAddresses> {

    static final String COMMAND = "LookUpRequesterAddresses";
    private static final String SERVICE = "Overseerr";

    private final ServiceClients clients;
    private final RememberedAddresses remembered;

    RequesterLookups(ServiceClients clients, RememberedAddresses remembered) {
        this.clients = clients;
        this.remembered = remembered;
    }

    @Override
    public CommandOutcome attempt(LookUpRequesterAddresses command) {
        OverseerrClient overseerr;
        ApiEndpoint endpoint;
        try {
            endpoint = clients.endpoint(SourceKind.OVERSEERR, SERVICE, command.instance());
            overseerr = clients.overseerr(command.instance());
        } catch (AttemptFailed unconfigured) {
            return unread(command, unconfigured.getMessage());
        }
        long number = command.overseerrRequestId();
        Optional<OverseerrRequest> request = Blocking.await(overseerr.findRequest(number), SERVICE, endpoint);
        if (request.isEmpty()) {
            return unread(command, "Overseerr has no request " + number);
        }
        Long userId = request.get().requesterId();
        if (userId == null) {
            return unread(command, "Overseerr's request " + number + " names no user");
        }
        Optional<UserAddresses> known = remembered.of(command.instance(), userId);
        if (known.isPresent()) {
            return answer(command, known.get());
        }
        Optional<UserAddresses> read = Blocking.await(overseerr.notificationSettings(userId), SERVICE, endpoint);
        if (read.isEmpty()) {
            return unread(command, "Overseerr has no user " + userId);
        }
        remembered.remember(command.instance(), userId, read.get());
        return answer(command, read.get());
    }

    @Override
    public Optional<CommandOutcome> failed(LookUpRequesterAddresses command, FailedAttempt failure) {
        return Optional.of(AttemptFacts.failed(
                clients, SourceKind.OVERSEERR, SERVICE, command.instance(), command, command.mediaKey(), failure));
    }

    private static CommandOutcome answer(LookUpRequesterAddresses command, UserAddresses addresses) {
        return outcome(command, addresses.discordId(), addresses.telegramChatId(), null);
    }

    private static CommandOutcome unread(LookUpRequesterAddresses command, String reason) {
        return outcome(command, null, null, reason);
    }

    private static CommandOutcome outcome(
            LookUpRequesterAddresses command, String discordId, String telegramChatId, String unread) {
        var fact = new RequesterAddressed(
                AttemptFacts.media(command.mediaKey()),
                command.requestId(),
                discordId,
                telegramChatId,
                unread,
                COMMAND);
        return new CommandOutcome.MediaFact(command.id(), command.mediaKey(), fact);
    }
}
