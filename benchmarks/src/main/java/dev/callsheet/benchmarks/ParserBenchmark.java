package dev.callsheet.benchmarks;

import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.WebhookOrigin;
import dev.callsheet.normalise.overseerr.OverseerrWebhookParser;
import dev.callsheet.normalise.radarr.RadarrWebhookParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the normalise step's parsing: raw webhook bytes to Callsheet's facts, for the two
 * bodies a movie request most often brings (Radarr's {@code Grab}, about 2 KB with its release and
 * custom formats, and Overseerr's {@code MEDIA_AUTO_APPROVED}). Parsing runs once per inbound record,
 * before any store is touched.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParserBenchmark {

    private final WebhookOrigin fromRadarr = new WebhookOrigin("radarr", false);
    private final WebhookOrigin fromOverseerr = new WebhookOrigin("overseerr", false);
    private final RadarrWebhookParser radarr = new RadarrWebhookParser();
    private final OverseerrWebhookParser overseerr = new OverseerrWebhookParser();
    private byte[] radarrGrab;
    private byte[] overseerrAutoApproved;

    @Setup
    public void readPayloads() throws UnparseableWebhook {
        radarrGrab = Payloads.read("radarr-grab.json");
        overseerrAutoApproved = Payloads.read("overseerr-media-auto-approved-movie.json");
        // Fail before measuring if a body no longer parses to a fact: that would time the error path.
        if (radarrGrab().mediaEvents().size() != 1
                || overseerrAutoApproved().mediaEvents().size() != 1) {
            throw new IllegalStateException("benchmark set-up is stale: each payload should give one fact");
        }
    }

    @Benchmark
    public ParsedWebhook radarrGrab() throws UnparseableWebhook {
        return radarr.parse(radarrGrab, fromRadarr);
    }

    @Benchmark
    public ParsedWebhook overseerrAutoApproved() throws UnparseableWebhook {
        return overseerr.parse(overseerrAutoApproved, fromOverseerr);
    }
}
