package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.WebhookSenders.Sent;
import java.io.PrintStream;
import java.util.OptionalLong;

/** The summary of one measured run, as plain text for {@code docs/benchmarks.md}. */
final class LoadReport {

    /** Below this many facts, draining takes about one poll and commit interval and says nothing about a rate. */
    private static final long MEASURABLE_BACKLOG = 1_000;

    private final PrintStream out;

    LoadReport(PrintStream out) {
        this.out = out;
    }

    /**
     * @param backlog facts not yet normalised when sending ended: what the pipeline then works off
     *     on its own, without intake competing for the cores
     */
    void print(Sent sent, long backlog, OptionalLong normalised, OptionalLong decided, String memoryAfter) {
        Latencies latency = Latencies.of(sent.latencies());
        out.printf(
                "intake:   %d posted in %.2f s, %d accepted (202) = %.0f accepted/s; not 202: %d; answers by status: %s%n",
                sent.made(),
                sent.seconds(),
                sent.accepted(),
                sent.accepted() / sent.seconds(),
                sent.refused(),
                sent.statuses());
        out.printf(
                "latency:  p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                latency.p50(), latency.p95(), latency.p99(), latency.max());
        out.println("pipeline: normalised " + stage(sent, normalised) + "; decided " + stage(sent, decided));
        if (normalised.isPresent() && backlog >= MEASURABLE_BACKLOG) {
            out.printf(
                    "pipeline: %d facts behind when sending ended, normalised at %.0f facts/s once intake was idle%n",
                    backlog, backlog / seconds(sent.finished(), normalised.getAsLong()));
        } else {
            out.printf("pipeline: %d facts behind when sending ended (too few to time the pipeline alone)%n", backlog);
        }
        decided.ifPresent(done -> out.printf(
                "pipeline: %.0f facts/s from first post to all decided; %.2f s from last 202 to all decided%n",
                sent.accepted() / seconds(sent.started(), done), seconds(sent.lastAccepted(), done)));
        out.println("app memory after: " + memoryAfter);
    }

    private static String stage(Sent sent, OptionalLong done) {
        return done.isPresent()
                ? String.format("all %.2f s after the last 202", seconds(sent.lastAccepted(), done.getAsLong()))
                : "NOT all within the drain timeout";
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
