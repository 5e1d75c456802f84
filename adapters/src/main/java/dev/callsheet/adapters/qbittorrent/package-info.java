/**
 * qBittorrent's WebUI API v2, as qBittorrent 4.3 to 5.x serve it (Debian bookworm's 4.5.2 included): a
 * cookie session, the incremental {@code sync/maindata} feed turned into {@link
 * dev.callsheet.adapters.download.ClientJob}s, both versions ({@code app/webapiVersion}, {@code
 * app/version}) for the admin, and the one mapping of qBittorrent's torrent states (4.x's paused and
 * 5.x's stopped names alike; any other word reads as UNKNOWN).
 */
package dev.callsheet.adapters.qbittorrent;
