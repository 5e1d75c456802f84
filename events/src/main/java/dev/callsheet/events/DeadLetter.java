package dev.callsheet.events;

import java.time.Instant;

/**
 * Input the pipeline could not process, kept whole for inspection and replay: written to the {@code
 * deadletter} topic (keyed by source) instead of stopping the stream.
 *
 * @param stage where it failed: {@code normalise} (the body is not a webhook of its source) or {@code
 *     decide} (a fact the core could not apply)
 * @param reason what was wrong, in one sentence
 * @param body the original bytes, unchanged (base64 in JSON)
 */
public record DeadLetter(
        String deliveryId,
        SourceKind source,
        String instance,
        Instant receivedAt,
        String stage,
        String reason,
        String contentType,
        byte[] body) {}
