package dev.callsheet.download;

import dev.callsheet.download.report.JobListing;
import reactor.core.publisher.Mono;

/** Reads every job one download client has; fails with the client's {@code AdapterFailure}. */
interface ClientJobs {

    /** Called by one watcher at a time, never twice at once. */
    Mono<JobListing> read();
}
