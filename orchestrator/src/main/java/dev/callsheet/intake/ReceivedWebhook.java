package dev.callsheet.intake;

import dev.callsheet.events.SourceKind;
import java.time.Instant;

/**
 * A webhook that passed every check and is about to be written to {@code inbound}.
 *
 * @param source who sent it
 * @param instance the configured instance it was addressed to
 * @param contentType the content type of {@code body}
 * @param body exactly as sent (for Plex: the {@code payload} part)
 * @param receivedAt when intake began to receive it
 */
public record ReceivedWebhook(
        SourceKind source, String instance, String contentType, byte[] body, Instant receivedAt) {}
