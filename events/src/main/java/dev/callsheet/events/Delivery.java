package dev.callsheet.events;

import java.time.Instant;

/**
 * Where a fact came from: one webhook delivery (or, later, one watcher observation).
 *
 * @param id the delivery id intake answered with
 * @param source the kind of sender
 * @param instance the configured instance that received it
 * @param receivedAt when intake received it; the pipeline's notion of "now" for this fact
 * @param fingerprint a digest of source, instance and body, equal for exact duplicate deliveries
 */
public record Delivery(String id, SourceKind source, String instance, Instant receivedAt, String fingerprint) {}
