package dev.callsheet.benchmarks;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.EventJson;
import dev.callsheet.request.MediaItem;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the JSON mapping ({@link EventJson}) the pipeline pays per fact besides parsing:
 * the {@link Envelope} is written to {@code events} and read back by the decide step, and the {@link
 * MediaItem} is read from its store and written again for every fact. The item's size is dominated
 * by the fingerprints of the deliveries it remembers, so it is measured just after the add (5) and
 * full (64, as every item that has seen that many deliveries is).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EnvelopeJsonBenchmark {

    @Param({"5", "64"})
    public int remembered;

    private final JsonMapper json = EventJson.mapper();
    private Envelope envelope;
    private byte[] envelopeJson;
    private MediaItem item;
    private byte[] itemJson;

    @Setup
    public void writeOnce() {
        envelope = DuneFacts.grabbed(100);
        envelopeJson = json.writeValueAsBytes(envelope);
        item = DuneFacts.searching(remembered);
        itemJson = json.writeValueAsBytes(item);
        // Fail before measuring if the mapping no longer round-trips: the numbers would be of a broken path.
        if (!readEnvelope().equals(envelope) || !readItem().equals(item)) {
            throw new IllegalStateException("benchmark set-up is stale: JSON no longer round-trips");
        }
    }

    @Benchmark
    public byte[] writeEnvelope() {
        return json.writeValueAsBytes(envelope);
    }

    @Benchmark
    public Envelope readEnvelope() {
        return json.readValue(envelopeJson, Envelope.class);
    }

    @Benchmark
    public byte[] writeItem() {
        return json.writeValueAsBytes(item);
    }

    @Benchmark
    public MediaItem readItem() {
        return json.readValue(itemJson, MediaItem.class);
    }
}
