/**
 * qBittorrent: the form {@code scripts/qbittorrent/callsheet-qbittorrent.sh} posts when qBittorrent
 * runs it on "torrent added" and "torrent finished", and the qBittorrent watcher's observations.
 */
package dev.callsheet.normalise.qbittorrent;
