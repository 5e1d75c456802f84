package dev.callsheet.events;

/**
 * Where a delivery's raw bytes are kept: its record on the {@code inbound} topic. Records the
 * pipeline writes about a delivery (dead letters, held facts, unknown downloads) carry this
 * reference instead of a copy of the body, so they stay small however large the body was, and the
 * original can always be read back.
 *
 * @param partition the {@code inbound} partition
 * @param offset the record's offset in that partition
 * @param deliveryId the delivery id intake answered with
 */
public record InboundRef(int partition, long offset, String deliveryId) {}
