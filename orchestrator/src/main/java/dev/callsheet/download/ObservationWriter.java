package dev.callsheet.download;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.WatcherObservation;

/** Where a watcher's observations go: {@code inbound}, through intake's writer. */
@FunctionalInterface
interface ObservationWriter {

    /**
     * Returns once the observation is durably written; throws when it was not.
     *
     * @param client the watched client's kind, the record's source
     * @param instance the watched instance's name
     */
    void write(SourceKind client, String instance, WatcherObservation observation);
}
