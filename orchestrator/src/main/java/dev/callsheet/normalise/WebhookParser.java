package dev.callsheet.normalise;

import dev.callsheet.events.SourceKind;

/**
 * Turns one source's raw webhook body into Callsheet's facts. Pure and thread-safe: no I/O, no
 * clock. The pipeline runs it; intake never does.
 */
public interface WebhookParser {

    SourceKind source();

    /**
     * @param body the body exactly as received (for Plex: the JSON of the {@code payload} part)
     * @param origin which configured instance received it
     * @throws UnparseableWebhook when the body is not a webhook of this source at all; the raw body
     *     then goes to the dead-letter topic with the reason
     */
    ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook;
}
