package dev.callsheet.notification;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every notice taken in, by id: held in memory for the workers and the API, and kept durable by a
 * {@link Store} (the compacted {@code notifications} topic), from which it is read back at start.
 */
final class DeliveryLog {

    /** Where the log is kept. */
    interface Store {

        /** Every entry kept, the latest of each id. */
        List<DeliveryEntry> readAll();

        /** Returns once the entry is durable; throws when it could not be made so. */
        void write(DeliveryEntry entry);

        /** Forgets the entry of {@code id} (a tombstone in the topic); returns once that is durable. */
        void forget(String id);
    }

    private final Store store;
    private final Map<String, DeliveryEntry> entries = new ConcurrentHashMap<>();

    DeliveryLog(Store store) {
        this.store = store;
    }

    /** Reads the store back, before anything is taken in. */
    void load() {
        store.readAll().forEach(entry -> entries.put(entry.id(), entry));
    }

    Optional<DeliveryEntry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /**
     * Makes {@code entry} durable, then holds it. Durable first: an entry that could not be written
     * is not held either, so that a command whose record is not acknowledged is taken in again.
     */
    void record(DeliveryEntry entry) {
        store.write(entry);
        entries.put(entry.id(), entry);
    }

    /**
     * Forgets every entry that ended before {@code before}: the log keeps what a person may still ask
     * about, and stays bounded however long Callsheet runs. An entry not ended is never forgotten.
     *
     * @return how many were forgotten
     */
    int forgetEndedBefore(Instant before) {
        List<DeliveryEntry> old = entries.values().stream()
                .filter(entry -> entry.ended() && endedAt(entry).isBefore(before))
                .toList();
        for (DeliveryEntry entry : old) {
            store.forget(entry.id());
            entries.remove(entry.id());
        }
        return old.size();
    }

    private static Instant endedAt(DeliveryEntry entry) {
        return entry.attempts().isEmpty()
                ? entry.queuedAt()
                : entry.attempts().getLast().at();
    }

    /** Holds {@code entry} for this run only, when it could not be made durable after an attempt. */
    void hold(DeliveryEntry entry) {
        entries.put(entry.id(), entry);
    }

    /** Every entry, the newest taken in first. */
    List<DeliveryEntry> newestFirst() {
        return entries.values().stream()
                .sorted(Comparator.comparing(DeliveryEntry::queuedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(DeliveryEntry::id))
                .toList();
    }
}
