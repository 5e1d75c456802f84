package dev.callsheet.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The delivery log's store in memory: what a restart reads back, and every write in order. */
final class MemoryStore implements DeliveryLog.Store {

    private final Map<String, DeliveryEntry> kept = new LinkedHashMap<>();
    private final List<DeliveryEntry> writes = new ArrayList<>();

    @Override
    public synchronized List<DeliveryEntry> readAll() {
        return List.copyOf(kept.values());
    }

    @Override
    public synchronized void write(DeliveryEntry entry) {
        kept.put(entry.id(), entry);
        writes.add(entry);
    }

    @Override
    public synchronized void forget(String id) {
        kept.remove(id);
    }

    synchronized List<DeliveryEntry> writes() {
        return List.copyOf(writes);
    }
}
