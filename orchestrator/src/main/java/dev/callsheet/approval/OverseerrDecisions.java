package dev.callsheet.approval;

import dev.callsheet.adapters.overseerr.OverseerrClient;
import dev.callsheet.adapters.overseerr.OverseerrRequest;
import dev.callsheet.adapters.overseerr.OverseerrRequestStatus;
import dev.callsheet.command.AttemptFacts;
import dev.callsheet.command.AttemptFailed;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.DecideOverseerrRequest;
import dev.callsheet.events.media.OverseerrDecisionSent;
import dev.callsheet.events.media.RequestDecided;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * {@link DecideOverseerrRequest}: approve or decline the request at Overseerr (or Jellyseerr, Seerr;
 * same API). Overseerr approves whatever the request's status, an approved one again (sending it to
 * the *arr app again), so the request is read first and decided only while still pending: a request
 * decided elsewhere meanwhile, or by an earlier attempt whose answer was lost, is left as it is. A
 * request Overseerr does not have is given up at once.
 */
final class OverseerrDecisions implements CommandHandler<DecideOverseerrRequest> {

    private static final String SERVICE = "Overseerr";

    private final ServiceClients clients;

    OverseerrDecisions(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public CommandOutcome attempt(DecideOverseerrRequest command) {
        OverseerrClient overseerr = clients.overseerr(command.instance());
        var endpoint = clients.endpoint(SourceKind.OVERSEERR, SERVICE, command.instance());
        long number = command.overseerrRequestId();
        Optional<OverseerrRequest> found = Blocking.await(overseerr.findRequest(number), SERVICE, endpoint);
        if (found.isEmpty()) {
            throw AttemptFailed.permanent("Overseerr '%s' has no request %d".formatted(command.instance(), number));
        }
        OverseerrRequestStatus status = found.get().status();
        if (status != OverseerrRequestStatus.PENDING) {
            return outcome(command, false, status.name());
        }
        Mono<OverseerrRequest> call =
                switch (command.verdict()) {
                    case APPROVE -> overseerr.approve(number);
                    case DECLINE -> overseerr.decline(number);
                };
        Blocking.await(call, SERVICE, endpoint);
        return outcome(command, true, null);
    }

    @Override
    public Optional<CommandOutcome> failed(DecideOverseerrRequest command, FailedAttempt failure) {
        return Optional.of(AttemptFacts.failed(
                clients, SourceKind.OVERSEERR, SERVICE, command.instance(), command, command.mediaKey(), failure));
    }

    private static CommandOutcome outcome(DecideOverseerrRequest command, boolean sent, String foundStatus) {
        var fact = new OverseerrDecisionSent(
                AttemptFacts.media(command.mediaKey()),
                command.id(),
                RequestId.overseerr(command.overseerrRequestId()),
                command.instance(),
                command.verdict(),
                sent,
                foundStatus,
                command.verdict() == RequestDecided.Verdict.APPROVE ? RequestDecided.APPROVE : RequestDecided.DECLINE);
        return new CommandOutcome.MediaFact(command.id(), command.mediaKey(), fact);
    }
}
