/**
 * What the download clients say about their jobs, by Callsheet's watchers or by the scripts the
 * clients run. A report names its job by download id only; the pipeline finds the media item from
 * the *arr grab that named the same id and then decides on it as a {@link
 * dev.callsheet.events.media.DownloadReported} fact.
 */
package dev.callsheet.events.download;
