package dev.callsheet.request;

/** The download serving a media item: which client job, which release. */
public record DownloadView(
        String client, String clientType, String id, String release, String indexer, Long size, String quality) {}
