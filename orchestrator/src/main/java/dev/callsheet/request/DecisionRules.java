package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.ApproveOverseerrRequest;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.DeclineOverseerrRequest;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.OverseerrDecisionSent;
import dev.callsheet.events.media.RequestDecided;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decisions made in Callsheet on requests that came from a request manager (Overseerr, Jellyseerr,
 * Seerr). The decision is carried to it by a command whose id derives from the decision's, so a
 * replayed decision asks for the same call and the adapter's read-first check makes it a no-op; the
 * request manager's own webhook then moves the request. While the call is on its way the decision
 * waits on the request, keeping it out of the approval queue; it ends when the request moves, when the
 * request manager had it decided already, or when the call is given up (the request is back in the
 * queue). An approval rule's decision ({@link RuleDecisions}) is carried the same way. A request made
 * in Callsheet ({@code POST /api/requests}) has no request manager: the decision moves it at once, and
 * an approval asks for its media to be added to the arr ({@code AddMovieToRadarr}, {@code
 * AddSeriesToSonarr}), with a command id derived from the decision's as well.
 */
final class DecisionRules {

    private static final String OVERSEERR_PREFIX = "overseerr-";
    private static final String COMMAND_SUFFIX = ":overseerr";
    private static final String ADD_SUFFIX = ":library";
    private static final String DEFAULT_INSTANCE = "overseerr";

    private DecisionRules() {}

    /**
     * {@code request} after {@code event}, its own moves already made ({@code moved}), and the command
     * that carries a fresh decision to its request manager.
     *
     * @param before the request before the fact; null when it was not heard of
     */
    static Carried after(MediaKey mediaKey, Request before, Request moved, MediaEvent event) {
        return switch (event) {
            case RequestDecided decided
            when before != null && before.awaitsDecision() -> carry(mediaKey, moved, decided);
            case OverseerrDecisionSent sent
            when !sent.sent() && waitingFor(moved, sent.commandId()) ->
                new Carried(moved.withDecision(null), List.of());
            case CommandAttemptFailed failed
            when failed.retryIn() == null && waitingFor(moved, failed.commandId()) ->
                new Carried(moved.withDecision(null), List.of());
            default -> new Carried(moved, List.of());
        };
    }

    /** Whether {@code event} is about a decision made in Callsheet and carried to request {@code id}. */
    static boolean concerns(Request request, MediaEvent event) {
        return switch (event) {
            case RequestDecided decided -> decided.requestId().equals(request.id());
            case OverseerrDecisionSent sent -> sent.requestId().equals(request.id());
            case AddedToLibrary added -> added.requestId().equals(request.id());
            default -> false;
        };
    }

    /** The id of the command that carries decision {@code decisionId}. */
    static String commandId(String decisionId) {
        return decisionId + COMMAND_SUFFIX;
    }

    /**
     * {@code request} waiting for {@code decided} (an admin's or a rule's), and the command that carries
     * it; for a request made in Callsheet, already moved by the decision, the command that adds its media
     * to the arr when approved.
     */
    static Carried carry(MediaKey mediaKey, Request request, RequestDecided decided) {
        if (request.madeHere()) {
            // Moved by the decision already (RequestRules): an approved one is added to the arr.
            List<Command> add = decided.verdict() == RequestDecided.Verdict.APPROVE
                    ? List.of(request.order()
                            .command(addCommandId(decided.decisionId()), mediaKey, request.id(), request.createdAt()))
                    : List.of();
            return new Carried(request, add);
        }
        OptionalLong number = overseerrNumber(request.id());
        if (number.isEmpty()) {
            return new Carried(request, List.of());
        }
        String id = commandId(decided.decisionId());
        // Requests stored before their origin was kept came from the default instance.
        String instance = request.origin() != null ? request.origin() : DEFAULT_INSTANCE;
        Command command =
                switch (decided.verdict()) {
                    case APPROVE -> new ApproveOverseerrRequest(id, instance, mediaKey, number.getAsLong());
                    case DECLINE -> new DeclineOverseerrRequest(id, instance, mediaKey, number.getAsLong());
                };
        return new Carried(request.withDecision(PendingDecision.of(decided)), List.of(command));
    }

    /** The id of the command that adds the media of a request made in Callsheet, approved by {@code decisionId}. */
    static String addCommandId(String decisionId) {
        return decisionId + ADD_SUFFIX;
    }

    static boolean waitingFor(Request request, String commandId) {
        return Optional.ofNullable(request.decision())
                .map(pending -> commandId(pending.decisionId()).equals(commandId))
                .orElse(false);
    }

    /** Overseerr's own number of a request it sent ({@code overseerr-42} → 42). */
    static OptionalLong overseerrNumber(RequestId id) {
        String value = id.value();
        if (!value.startsWith(OVERSEERR_PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.substring(OVERSEERR_PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A request after a fact, and the commands the fact's decision caused. */
    record Carried(Request request, List<Command> commands) {}
}
