/**
 * Callsheet's shared vocabulary: ids ({@link dev.callsheet.events.MediaKey}, {@link
 * dev.callsheet.events.RequestId}, {@link dev.callsheet.events.EpisodeKey}, {@link
 * dev.callsheet.events.DownloadId}), how to look up the key of a fact that arrives without one
 * ({@link dev.callsheet.events.KeyLookup}), the topic catalogue
 * ({@link dev.callsheet.events.Topics}), the inbound record headers and the JSON mapping of every
 * topic value. Plain Java: no Spring, no Kafka.
 */
package dev.callsheet.events;
