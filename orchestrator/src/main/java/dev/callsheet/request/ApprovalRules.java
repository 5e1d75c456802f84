package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The approval rules, in the order they are tried ({@code callsheet.approval.rules}): the first that
 * matches a new request decides it; when none does, the request waits in the approval queue. The
 * decider's input, built from the configuration like {@link PlexServers}.
 */
public record ApprovalRules(List<ApprovalRule> rules) {

    /** No rules: every request waits for an admin. */
    public static final ApprovalRules NONE = new ApprovalRules(List.of());

    /**
     * How long the requester ledger keeps a request: the longest quota's span, and at least the 30
     * days the approval queue counts over.
     */
    private static final Duration AT_LEAST = Duration.ofDays(30);

    public ApprovalRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The first rule that matches; empty when none does. */
    Optional<ApprovalRule> first(MediaKey key, RequestId id, Requester requester, RequesterLedger ledger, Instant now) {
        return rules.stream()
                .filter(rule -> rule.matches(key, id, requester, ledger, now))
                .findFirst();
    }

    /** How long the requester ledger must keep a request for these rules. */
    public Duration keep() {
        return rules.stream()
                .map(ApprovalRule::quota)
                .filter(Objects::nonNull)
                .map(ApprovalRule.Quota::span)
                .reduce(AT_LEAST, (one, other) -> one.compareTo(other) >= 0 ? one : other);
    }
}
