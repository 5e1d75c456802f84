package dev.callsheet.request;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestSubmitted;
import java.time.Instant;
import java.util.Optional;

/**
 * The approval rules applied to a request as it arrives. A rule's decision is the same {@link
 * RequestDecided} an admin's is, made by the decider instead of written to {@code inbound}, so it
 * takes the same way to the request manager ({@link DecisionRules}); a request made in Callsheet,
 * which has none, it moves at once, and an approval asks for the media to be added to the arr. Its id
 * derives from the delivery that brought the request, so a replay decides the same and asks for the
 * same command.
 */
final class RuleDecisions {

    private RuleDecisions() {}

    /**
     * The decision the first matching rule makes on {@code request}, which {@code event} has just
     * submitted; empty when the fact submits nothing waiting for a decision (a request approved
     * already, or auto-approved), or when no rule decides.
     *
     * @param ledger the requester's earlier requests
     */
    static Optional<RequestDecided> decide(
            MediaKey key,
            Request request,
            MediaEvent event,
            ApprovalRules rules,
            RequesterLedger ledger,
            Delivery delivery,
            Instant now) {
        if (!(event instanceof RequestSubmitted submitted)
                || !submitted.requestId().equals(request.id())
                || !request.awaitsDecision()) {
            return Optional.empty();
        }
        return rules.first(key, request.id(), request.requestedBy(), ledger, now)
                .filter(rule -> rule.action() != ApprovalRule.Action.ASK)
                .map(rule -> {
                    var verdict = rule.action() == ApprovalRule.Action.APPROVE
                            ? RequestDecided.Verdict.APPROVE
                            : RequestDecided.Verdict.DECLINE;
                    return new RequestDecided(
                            submitted.media(),
                            request.id(),
                            "rule:%s:%s".formatted(request.id(), delivery.id()),
                            verdict,
                            "rule " + rule.name(),
                            rule.reason(),
                            rule.name(),
                            now,
                            verdict == RequestDecided.Verdict.APPROVE
                                    ? RequestDecided.APPROVE
                                    : RequestDecided.DECLINE);
                });
    }
}
