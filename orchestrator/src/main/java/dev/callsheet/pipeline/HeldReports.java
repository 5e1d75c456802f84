package dev.callsheet.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The reports of one download waiting for its grab, in arrival order: the value of the {@code
 * held-downloads} store.
 *
 * @param reports oldest first; never empty in the store
 */
record HeldReports(List<Held> reports) {

    HeldReports {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    static HeldReports none() {
        return new HeldReports(List.of());
    }

    /** Whether an exact duplicate of {@code report} (same delivery fingerprint) already waits. */
    boolean holds(UnkeyedReport report) {
        return reports.stream().anyMatch(held -> held.report().sameDelivery(report));
    }

    HeldReports plus(UnkeyedReport report, long heldSince) {
        var more = new ArrayList<>(reports);
        more.add(new Held(report, heldSince));
        return new HeldReports(more);
    }

    /** When the first report began to wait: the hold window of the whole download starts there. */
    long since() {
        return reports.getFirst().heldSince();
    }

    /**
     * One report and when it began to wait, by the wall clock of the instance that held it. Wall-clock,
     * not the report's receive time: a replay of old reports must not expire at once.
     */
    record Held(UnkeyedReport report, long heldSince) {}
}
