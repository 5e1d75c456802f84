/**
 * What the download clients (qBittorrent, SABnzbd, NZBGet) have in common once their own words are
 * translated: a job and its state. Each client's package maps its vendor states into {@link
 * dev.callsheet.events.download.JobState} in one place, reading the words in any case; a word it does
 * not know becomes {@link dev.callsheet.events.download.JobState#UNKNOWN} with the word kept in {@link
 * dev.callsheet.adapters.download.ClientJob#stateDetail()}, so one new word never blinds a watcher to
 * the rest of the answer.
 */
package dev.callsheet.adapters.download;
