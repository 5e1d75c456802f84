package dev.callsheet.request;

/**
 * A download serving a media item: which client job and release the *arr app grabbed, and how the
 * job is doing in the client.
 *
 * @param client the *arr app's name for the client connection ({@code qBit 4K})
 * @param clientType the client implementation the *arr app names ({@code qBittorrent})
 * @param id the download id; null for blackhole clients and manual imports
 * @param size the release's size as the indexer gave it
 * @param status the client's latest report; null until the client has reported on the job
 */
public record DownloadView(
        String client,
        String clientType,
        String id,
        String release,
        String indexer,
        Long size,
        String quality,
        DownloadStatus status) {

    DownloadView withStatus(DownloadStatus next) {
        return new DownloadView(client, clientType, id, release, indexer, size, quality, next);
    }

    /** Whether its client reports it failed. */
    boolean failed() {
        return status != null && status.health() == DownloadHealth.FAILED;
    }

    /** Whether this is the job {@code downloadId} names. */
    boolean is(String downloadId) {
        return id != null && id.equals(downloadId);
    }
}
