package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.ConfirmCatalogue.Episode;
import dev.callsheet.benchmarks.load.ConfirmCatalogue.Movie;
import dev.callsheet.benchmarks.load.ImportFollower.Outcome;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The summary of one Plex confirmation run, as plain text for {@code docs/benchmarks.md}. */
final class ConfirmReport {

    /** Issue 12's targets for import {@code 202} to {@code available}, over all imports. */
    private static final double TARGET_P50_MS = 3_000;

    private static final double TARGET_P99_MS = 6_000;
    private static final int FAILURES_LISTED = 10;

    private final PrintStream out;

    ConfirmReport(PrintStream out) {
        this.out = out;
    }

    /** @return whether every import was measured and the targets were met */
    boolean print(List<Outcome> outcomes, StubPlex.Served plex, Duration took) {
        out.println("import 202 -> available (s, nearest rank):");
        Latencies overall = line("overall", outcomes, outcome -> true);
        line("movies", outcomes, outcome -> outcome.item() instanceof Movie);
        line("episodes", outcomes, outcome -> outcome.item() instanceof Episode);
        out.printf(
                "stub Plex: %d scan requests (by section: %s), %d look-ups by file; push channel: %s%n",
                plex.scans().values().stream().mapToInt(Integer::intValue).sum(),
                new TreeMap<>(plex.scans()),
                plex.lookups(),
                plex.pushChannel());
        List<Outcome> failures =
                outcomes.stream().filter(outcome -> !outcome.measured()).toList();
        out.printf("failures: %d of %d%n", failures.size(), outcomes.size());
        failures.stream()
                .limit(FAILURES_LISTED)
                .forEach(failure -> out.printf(
                        "  %s %s: %s%n",
                        failure.item().requestId(), failure.item().fileName(), failure.failure()));
        boolean met = failures.isEmpty() && overall.p50() <= TARGET_P50_MS && overall.p99() <= TARGET_P99_MS;
        out.printf(
                "issue 12 target (p50 <= 3 s, p99 <= 6 s, no failures): %s; run took %d s%n",
                met ? "met" : "NOT met", took.toSeconds());
        return met;
    }

    private Latencies line(String label, List<Outcome> outcomes, Predicate<Outcome> which) {
        long[] nanos = outcomes.stream()
                .filter(which)
                .filter(Outcome::measured)
                .mapToLong(Outcome::nanos)
                .toArray();
        Latencies latency = Latencies.of(nanos);
        out.printf(
                "  %-8s (%3d measured): p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n",
                label,
                nanos.length,
                latency.p50() / 1_000,
                latency.p95() / 1_000,
                latency.p99() / 1_000,
                latency.max() / 1_000);
        return latency;
    }
}
