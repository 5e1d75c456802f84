package dev.callsheet.pipeline;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.InboundRef;

/**
 * A delivery's body as the pipeline keeps it once it has been read: where it is in {@code inbound},
 * and its bounded start. Values held in stores (facts waiting for their key, reports waiting for their
 * grab) keep this instead of the body, so that what a store holds does not grow with what senders
 * send.
 *
 * @param at the record in {@code inbound}
 * @param contentType the content type the sender declared
 * @param bytes the size of the body
 * @param excerpt at most {@link DeadLetter#EXCERPT_LIMIT} bytes of its start, as text
 */
record Original(InboundRef at, String contentType, long bytes, String excerpt) {

    /**
     * What a value held since before Callsheet kept references has instead (it had the body, which
     * is still in {@code inbound}): its dead letter refers to no original.
     */
    static final Original UNRECORDED = new Original(null, null, 0, null);

    static Original of(InboundRef at, String contentType, byte[] body) {
        return new Original(at, contentType, body == null ? 0 : body.length, DeadLetter.excerpt(body));
    }
}
