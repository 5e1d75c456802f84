package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.media.RequestDecided;

/** Approve request {@code overseerrRequestId} at Overseerr instance {@code instance}. */
public record ApproveOverseerrRequest(String id, String instance, MediaKey mediaKey, long overseerrRequestId)
        implements DecideOverseerrRequest {

    @Override
    public RequestDecided.Verdict verdict() {
        return RequestDecided.Verdict.APPROVE;
    }
}
