/**
 * qBittorrent's WebUI API v2 (served by qBittorrent 4.1 onwards, Debian bookworm's 4.5.2 included):
 * a cookie session, the incremental {@code sync/maindata} feed turned into {@link
 * dev.callsheet.adapters.download.ClientJob}s, and the one mapping of qBittorrent's torrent states.
 */
package dev.callsheet.adapters.qbittorrent;
