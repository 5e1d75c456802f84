package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.media.RequestDecided;

/**
 * Carry a decision made in Callsheet to the Overseerr (or Jellyseerr, Seerr) instance the request came
 * from: {@code POST /api/v1/request/{id}/approve} or {@code /decline}, after reading the request and
 * only while it is still pending there. One command type per verdict, since the two are different
 * calls; they share this shape.
 */
public sealed interface DecideOverseerrRequest extends Command
        permits ApproveOverseerrRequest, DeclineOverseerrRequest {

    /** The Overseerr instance (its configured name). */
    String instance();

    MediaKey mediaKey();

    /** The request's own number at Overseerr. */
    long overseerrRequestId();

    RequestDecided.Verdict verdict();

    @Override
    default String key() {
        return mediaKey().value();
    }
}
