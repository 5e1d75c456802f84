package dev.callsheet.request;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requests one person made lately, each once with when it was first heard of: what approval
 * rules' quotas count. The pipeline keeps a ledger per identity of a requester (their user name, their
 * e-mail), so that the same person is found by either; a requester's ledger is the union of theirs.
 * Oldest first.
 */
public record RequesterLedger(List<Entry> entries) {

    public static final RequesterLedger EMPTY = new RequesterLedger(List.of());

    /**
     * The most requests one ledger keeps, so that its record stays small; counts up to it are exact,
     * which is why no quota allows more requests than this.
     */
    public static final int MAX_ENTRIES = 1000;

    public RequesterLedger {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One request, and when it was made. */
    public record Entry(RequestId requestId, Instant at) {}

    /**
     * The keys a requester's ledgers are kept under, in lower case: {@code name:<user name>} and
     * {@code mail:<e-mail>}; none when neither is known.
     */
    public static List<String> identities(Requester requester) {
        if (requester == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(2);
        if (requester.username() != null && !requester.username().isBlank()) {
            keys.add("name:" + requester.username().strip().toLowerCase(Locale.ROOT));
        }
        if (requester.email() != null && !requester.email().isBlank()) {
            keys.add("mail:" + requester.email().strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(keys);
    }

    /**
     * This ledger with {@code entry} (a request already in it keeps its first time), without the
     * requests made more than {@code keep} before the newest, and without the oldest beyond {@link
     * #MAX_ENTRIES}. Pruned by the requests' own times, not the clock, so that a replay keeps the same.
     */
    public RequesterLedger with(Entry entry, Duration keep) {
        Map<RequestId, Entry> byId = new LinkedHashMap<>();
        for (Entry known : entries) {
            byId.put(known.requestId(), known);
        }
        byId.merge(entry.requestId(), entry, (known, added) -> known.at().isAfter(added.at()) ? added : known);
        Instant newest = byId.values().stream()
                .map(Entry::at)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Instant since = newest.minus(keep);
        List<Entry> kept = byId.values().stream()
                .filter(known -> !known.at().isBefore(since))
                .sorted(Comparator.comparing(Entry::at)
                        .thenComparing(known -> known.requestId().value()))
                .toList();
        return new RequesterLedger(kept.subList(Math.max(0, kept.size() - MAX_ENTRIES), kept.size()));
    }

    /** The requests of both ledgers, each once. */
    public RequesterLedger merged(RequesterLedger other) {
        Map<RequestId, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byId.put(entry.requestId(), entry);
        }
        for (Entry entry : other.entries) {
            byId.merge(entry.requestId(), entry, (known, added) -> known.at().isAfter(added.at()) ? added : known);
        }
        return new RequesterLedger(byId.values().stream()
                .sorted(Comparator.comparing(Entry::at)
                        .thenComparing(known -> known.requestId().value()))
                .toList());
    }

    /**
     * How many requests but {@code excluded} were made from {@code since} to {@code until}: a request
     * made after {@code until} (the ledger heard of it first) does not count against an earlier one.
     */
    public long madeBetween(Instant since, Instant until, RequestId excluded) {
        return entries.stream()
                .filter(entry -> !entry.at().isBefore(since) && !entry.at().isAfter(until))
                .filter(entry -> !entry.requestId().equals(excluded))
                .count();
    }
}
