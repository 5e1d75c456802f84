/**
 * Download clients as event sources: one watcher per configured qBittorrent, SABnzbd or NZBGet
 * instance polls the client's jobs and writes what changed to {@code inbound} as {@link
 * dev.callsheet.events.download.WatcherObservation}s, through intake's writer like a webhook. What to
 * report is decided by the pure core in {@link dev.callsheet.download.report}.
 */
package dev.callsheet.download;
