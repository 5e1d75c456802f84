/**
 * The pure core of the download client watchers: from what a watcher remembers of each job and what
 * the client lists now, which {@link dev.callsheet.events.download.ClientReport}s to send and what to
 * remember afterwards. No Spring, Kafka, Reactor, clock or I/O: the time of the poll comes in as data.
 */
package dev.callsheet.download.report;
