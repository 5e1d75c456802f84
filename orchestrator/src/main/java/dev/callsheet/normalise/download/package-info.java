/**
 * What the three download clients' endpoints share: a body is either the JSON a Callsheet watcher
 * wrote ({@link dev.callsheet.events.download.WatcherObservation}) or the form a Callsheet script
 * posted, told apart by its first byte. The watcher's reports pass unchanged; each client's package
 * reads its own script's form into a {@link dev.callsheet.events.download.ClientReport}.
 */
package dev.callsheet.normalise.download;
