package dev.callsheet.benchmarks;

import dev.callsheet.events.Envelope;
import dev.callsheet.request.Decider;
import dev.callsheet.request.Decision;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.PlexServers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link Decider#decide} on a realistic movie: two approved requests, the movie added
 * to Radarr, a timeline behind it. Three facts, one per path through the decider: a grab that moves
 * both requests on (the common, most expensive case), a late fact that leaves them where they are
 * ("no change" entries) and an exact duplicate, dropped on its fingerprint. The decider runs once per
 * fact in the pipeline, so this bounds what the decide step could do without its stores and Kafka.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeciderBenchmark {

    /** Deliveries the item remembers: 5 just after the add, 64 (the most it keeps) for a long-lived item. */
    @Param({"5", "64"})
    public int remembered;

    private MediaItem searching;
    private Envelope grab;
    private Envelope late;
    private Envelope duplicate;

    @Setup
    public void foldFacts() {
        searching = DuneFacts.searching(remembered);
        grab = DuneFacts.grabbed(100);
        late = DuneFacts.addedAgain(101);
        duplicate = DuneFacts.movieAdded();
        // Fail before measuring if the decider no longer takes the path a benchmark is named after.
        expect(grabMovesBothRequests().changedRequests().size() == 2, "the grab moves both requests");
        Decision noChange = lateFactChangesNothing();
        expect(noChange.changedRequests().isEmpty() && !noChange.timeline().isEmpty(), "the late fact is no change");
        expect(exactDuplicateIsDropped().timeline().isEmpty(), "the duplicate is dropped");
    }

    @Benchmark
    public Decision grabMovesBothRequests() {
        return Decider.decide(searching, grab, grab.delivery().receivedAt(), PlexServers.NONE);
    }

    @Benchmark
    public Decision lateFactChangesNothing() {
        return Decider.decide(searching, late, late.delivery().receivedAt(), PlexServers.NONE);
    }

    @Benchmark
    public Decision exactDuplicateIsDropped() {
        return Decider.decide(searching, duplicate, duplicate.delivery().receivedAt(), PlexServers.NONE);
    }

    private static void expect(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark set-up is stale: expected " + what);
        }
    }
}
