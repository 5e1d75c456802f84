package dev.callsheet.readside;

import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.request.TimelineEntry;
import java.util.List;
import java.util.Optional;

/** A timeline as the API shows it: its owner (request id or media key) and its entries in order. */
record Timeline(String id, List<TimelineEntry> entries) {

    /** The timeline kept in {@code store} for {@code owner}; empty when it has no entry at all. */
    static Optional<Timeline> read(StoreQueries stores, String store, String owner) {
        List<TimelineEntry> entries = stores.prefixed(store, owner + "|");
        return entries.isEmpty() ? Optional.empty() : Optional.of(new Timeline(owner, entries));
    }
}
