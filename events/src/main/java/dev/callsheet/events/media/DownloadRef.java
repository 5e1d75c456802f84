package dev.callsheet.events.media;

import dev.callsheet.events.DownloadId;

/**
 * Which download client job a release went to.
 *
 * @param id the job id; null for blackhole clients and manual imports
 * @param client the user's name for the client connection ({@code "qBit 4K"})
 * @param clientType the implementation ({@code qBittorrent}, {@code SABnzbd}, …); null before
 *     Radarr 4.1 / Sonarr 3.0.10, which put it in {@code client} instead
 */
public record DownloadRef(DownloadId id, String client, String clientType) {}
