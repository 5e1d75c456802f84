package dev.callsheet.download;

import dev.callsheet.adapters.qbittorrent.QbittorrentClient;
import dev.callsheet.adapters.qbittorrent.QbittorrentSync;
import dev.callsheet.download.report.JobListing;
import reactor.core.publisher.Mono;

/** qBittorrent's torrents through its incremental {@code sync/maindata} feed. */
final class QbittorrentJobs implements ClientJobs {

    private final QbittorrentClient client;
    private volatile QbittorrentSync sync = QbittorrentSync.START;

    QbittorrentJobs(QbittorrentClient client) {
        this.client = client;
    }

    @Override
    public Mono<JobListing> read() {
        // The feed starts again from a full update unless this call succeeds: after a failed or
        // abandoned call the rid we hold may belong to a session qBittorrent no longer has.
        return Mono.defer(() -> {
                    QbittorrentSync from = sync;
                    sync = QbittorrentSync.START;
                    return client.sync(from);
                })
                .doOnNext(next -> sync = next)
                .map(next -> JobListing.of(next.jobs().values()));
    }

    @Override
    public Mono<String> version() {
        return client.appVersion();
    }
}
