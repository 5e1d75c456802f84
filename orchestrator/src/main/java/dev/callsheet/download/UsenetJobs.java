package dev.callsheet.download;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.download.report.JobListing;
import java.util.List;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * A usenet client's jobs: its queue, then its history. Read in that order, not at once: a job that
 * leaves the queue after the queue was read is in the history read after it, so no job that moves
 * between the two is missed, which would report it removed.
 */
record UsenetJobs(
        Supplier<Mono<List<ClientJob>>> queue,
        Supplier<Mono<List<ClientJob>>> history,
        Supplier<Mono<String>> clientVersion)
        implements ClientJobs {

    @Override
    public Mono<JobListing> read() {
        return queue.get().flatMap(inQueue -> history.get().map(inHistory -> JobListing.merged(inQueue, inHistory)));
    }

    @Override
    public Mono<String> version() {
        return clientVersion.get();
    }
}
