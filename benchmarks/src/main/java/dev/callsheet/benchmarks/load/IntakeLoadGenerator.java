package dev.callsheet.benchmarks.load;

import dev.callsheet.benchmarks.load.WebhookSenders.Sent;
import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * Load test of a running Callsheet through its front door: posts Radarr grabs to {@code
 * /webhooks/radarr} and measures what intake sustains (accepted per second, answer times, refusals),
 * then how long the pipeline takes to process everything intake accepted, and the app's memory. A
 * warm-up batch is posted and fully processed first, so the measured run starts from a warm JVM with
 * topics, connections and stores in place.
 *
 * <p>Run it with {@code benchmarks/run-intake-load.sh}, which starts a fresh app for it; see {@link
 * LoadOptions#USAGE} for its arguments. It only ever talks to {@code localhost}.
 */
public final class IntakeLoadGenerator {

    private final LoadOptions options;
    private final GrabBodies bodies;
    private final WebhookSenders senders;
    private final PipelineProgress progress;
    private final ProcessMemory memory;
    private final PrintStream out = System.out;

    private IntakeLoadGenerator(LoadOptions options, String username, String password, String apiKey) {
        this.options = options;
        this.bodies = new GrabBodies(options.firstTmdbId(), options.movies());
        this.senders = new WebhookSenders(
                options.baseUrl(), username, password, bodies, options.concurrency(), options.movies());
        this.progress = new PipelineProgress(options.baseUrl(), apiKey);
        this.memory = new ProcessMemory(options.pid());
    }

    public static void main(String[] args) throws InterruptedException {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        var generator = new IntakeLoadGenerator(
                options,
                System.getenv().getOrDefault("CALLSHEET_INTAKE_RADARR_USERNAME", "radarr"),
                required("CALLSHEET_INTAKE_RADARR_PASSWORD"),
                required("CALLSHEET_APIKEY"));
        System.exit(generator.run() ? 0 : 1);
    }

    /** @return whether the pipeline processed everything accepted within the drain timeout */
    private boolean run() throws InterruptedException {
        out.printf(
                "target %s, %d webhooks (+%d warm-up), %d senders, %d movies; app memory at start: %s%n",
                options.baseUrl(),
                options.webhooks(),
                options.warmup(),
                options.concurrency(),
                options.movies(),
                memory.describe());
        long processed = progress.deliveries();
        if (options.warmup() > 0) {
            Sent warmup = senders.post(0, options.warmup(), options.maxDuration());
            processed += warmup.accepted();
            long deadline = deadline();
            if (progress.awaitDeliveries(processed, deadline).isEmpty()
                    || progress.awaitTimelines(bodies, senders, options.movies(), deadline)
                            .isEmpty()) {
                out.println("warm-up: the pipeline did not catch up within " + options.drainTimeout());
                return false;
            }
            out.printf("warm-up: %d accepted, processed; app memory: %s%n", warmup.accepted(), memory.describe());
        }
        Sent measured = senders.post(options.warmup(), options.webhooks(), options.maxDuration());
        processed += measured.accepted();
        long backlog = processed - progress.deliveries();
        long deadline = deadline();
        OptionalLong normalised = progress.awaitDeliveries(processed, deadline);
        OptionalLong decided = normalised.isPresent()
                ? progress.awaitTimelines(bodies, senders, options.movies(), deadline)
                : OptionalLong.empty();
        new LoadReport(out).print(measured, backlog, normalised, decided, memory.describe());
        return decided.isPresent();
    }

    private long deadline() {
        return System.nanoTime() + options.drainTimeout().toNanos();
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            System.err.println("set " + variable + " (the same value the app was started with)");
            System.exit(2);
        }
        return value;
    }
}
