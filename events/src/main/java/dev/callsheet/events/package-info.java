/**
 * Callsheet's shared vocabulary: ids ({@link dev.callsheet.events.MediaKey}, {@link
 * dev.callsheet.events.RequestId}, {@link dev.callsheet.events.DownloadId}), the topic catalogue
 * ({@link dev.callsheet.events.Topics}), the inbound record headers and the JSON mapping of every
 * topic value. Plain Java: no Spring, no Kafka.
 */
package dev.callsheet.events;
