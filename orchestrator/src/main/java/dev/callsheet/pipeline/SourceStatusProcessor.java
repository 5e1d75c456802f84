package dev.callsheet.pipeline;

import dev.callsheet.source.SourceObservation;
import dev.callsheet.source.SourceStatus;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Folds every delivery heard from a source into its {@link SourceStatus}. */
final class SourceStatusProcessor implements Processor<String, SourceObservation, Void, Void> {

    private KeyValueStore<String, SourceStatus> statuses;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        statuses = context.getStateStore(StoreNames.SOURCES);
    }

    @Override
    public void process(Record<String, SourceObservation> record) {
        var seen = record.value();
        var current = statuses.get(seen.statusKey());
        var status = current == null ? SourceStatus.first(seen.source(), seen.instance()) : current;
        statuses.put(seen.statusKey(), status.heard(seen));
    }
}
