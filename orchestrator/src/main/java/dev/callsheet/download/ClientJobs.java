package dev.callsheet.download;

import dev.callsheet.download.report.JobListing;
import reactor.core.publisher.Mono;

/** Reads every job one download client has; fails with the client's {@code AdapterFailure}. */
interface ClientJobs {

    /** Called by one watcher at a time, never twice at once. */
    Mono<JobListing> read();

    /**
     * The version the client reports of itself, for the message of an answer that cannot be read;
     * empty when the client cannot be asked.
     */
    default Mono<String> version() {
        return Mono.empty();
    }
}
