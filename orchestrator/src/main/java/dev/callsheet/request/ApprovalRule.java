package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One approval rule: what a new request must be to match, and what then happens to it. Every matcher
 * left unset matches any request; a rule with none matches every request.
 *
 * @param name how the timeline names the rule ("approved by rule 'family'")
 * @param requesters user names or e-mail addresses, any of which matches the requester's user name or
 *     e-mail, ignoring case; empty for anyone
 * @param mediaType movies or series only; null for both
 * @param fourK 4K requests only (true) or only the others (false); null for both
 * @param quota matches only while the requester is within it; null for no quota
 * @param reason why, for a decline; the timeline shows it
 */
public record ApprovalRule(
        String name,
        List<String> requesters,
        MediaType mediaType,
        Boolean fourK,
        Quota quota,
        Action action,
        String reason) {

    public ApprovalRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        requesters = requesters == null ? List.of() : List.copyOf(requesters);
        if (action == Action.DECLINE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("rule '" + name + "' declines: it needs a reason");
        }
    }

    /** What a matching rule does with the request. */
    public enum Action {
        APPROVE,
        DECLINE,
        /** Leaves the request in the approval queue; the rules after this one are not tried. */
        ASK
    }

    /**
     * At most {@code requests} requests per {@code days} days: a request matches while its requester
     * made fewer than {@code requests} others in the {@code days} days before it (whatever became of
     * them), so the first {@code requests} of any such span match and the next does not.
     */
    public record Quota(int requests, int days) {

        public Quota {
            if (requests < 1 || days < 1) {
                throw new IllegalArgumentException("a quota needs at least 1 request per at least 1 day");
            }
        }

        Duration span() {
            return Duration.ofDays(days);
        }
    }

    /**
     * Whether request {@code id} for {@code key}, made by {@code requester} at {@code now}, matches.
     *
     * @param ledger the requester's requests, which the quota counts
     */
    boolean matches(MediaKey key, RequestId id, Requester requester, RequesterLedger ledger, Instant now) {
        return (requesters.isEmpty() || requesters.stream().anyMatch(one -> names(requester, one)))
                && (mediaType == null || mediaType == key.type())
                && (fourK == null || fourK == key.fourK())
                && (quota == null || ledger.madeBetween(now.minus(quota.span()), now, id) < quota.requests());
    }

    private static boolean names(Requester requester, String name) {
        return requester != null && (same(requester.username(), name) || same(requester.email(), name));
    }

    private static boolean same(String known, String name) {
        return known != null
                && !known.isBlank()
                && known.strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT));
    }
}
