package dev.callsheet.source;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceTested;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Callsheet last heard from one source instance: when, which event, the last connection test,
 * its failing health checks and its version.
 *
 * @param failingChecks failing health checks by check name, as the source reported them; at most
 *     {@link #MAX_FAILING_CHECKS}
 * @param lastProblem why the last unusable body was rejected; null once a usable one arrives
 */
public record SourceStatus(
        SourceKind source,
        String instance,
        Instant lastHeardAt,
        String lastEventType,
        long deliveries,
        Instant lastTestedAt,
        Map<String, HealthIssueRaised> failingChecks,
        String version,
        String lastProblem) {

    /**
     * How many failing checks are kept: Radarr and Sonarr have about forty, so a sender naming more
     * is not one of them, and a further one is not recorded.
     */
    static final int MAX_FAILING_CHECKS = 100;

    public static SourceStatus first(SourceKind source, String instance) {
        return new SourceStatus(source, instance, null, null, 0, null, Map.of(), null, null);
    }

    /** This status after one more delivery; out-of-order deliveries never move {@code lastHeardAt} back. */
    public SourceStatus heard(SourceObservation seen) {
        boolean newest = lastHeardAt == null || !seen.receivedAt().isBefore(lastHeardAt);
        var checks = new TreeMap<>(failingChecks);
        Instant tested = lastTestedAt;
        String currentVersion = version;
        switch (seen.sourceEvent()) {
            case null -> {}
            case SourceTested ignored -> tested = seen.receivedAt();
            case HealthIssueRaised raised -> {
                if (checks.size() < MAX_FAILING_CHECKS || checks.containsKey(checkName(raised.check()))) {
                    checks.put(checkName(raised.check()), raised);
                }
            }
            case HealthRestored restored -> checks.remove(checkName(restored.check()));
            case ApplicationUpdated updated -> currentVersion = updated.newVersion();
        }
        return new SourceStatus(
                source,
                instance,
                newest ? seen.receivedAt() : lastHeardAt,
                newest && seen.eventType() != null ? seen.eventType() : lastEventType,
                deliveries + 1,
                tested,
                Map.copyOf(checks),
                currentVersion,
                newest ? seen.problem() : lastProblem);
    }

    /** {@code ok} when no health check fails, otherwise the worst level reported ({@code error} over {@code warning}). */
    public String health() {
        if (failingChecks.isEmpty()) {
            return "ok";
        }
        return failingChecks.values().stream().anyMatch(c -> "error".equalsIgnoreCase(c.level())) ? "error" : "warning";
    }

    private static String checkName(String check) {
        return check == null || check.isBlank() ? "unnamed" : check;
    }
}
