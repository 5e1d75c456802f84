/**
 * What the download clients (qBittorrent, SABnzbd, NZBGet) have in common once their own words are
 * translated: a job and its state. Each client's package maps its vendor states into {@link
 * dev.callsheet.events.download.JobState} in one place.
 */
package dev.callsheet.adapters.download;
