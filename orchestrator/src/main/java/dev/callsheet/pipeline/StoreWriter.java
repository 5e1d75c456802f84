package dev.callsheet.pipeline;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps every record of a topic in a store, under a key derived from the record that sorts them. */
final class StoreWriter<V> implements Processor<String, V, Void, Void> {

    private final String storeName;
    private final Function<Record<String, V>, String> storeKey;
    private KeyValueStore<String, V> store;

    StoreWriter(String storeName, Function<Record<String, V>, String> storeKey) {
        this.storeName = storeName;
        this.storeKey = storeKey;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.value() != null) {
            store.put(storeKey.apply(record), record.value());
        }
    }
}
