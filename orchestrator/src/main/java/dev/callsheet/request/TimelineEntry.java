package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import java.time.Instant;
import java.util.Map;

/**
 * One line of a timeline: what happened, what it did to the state, in one sentence.
 *
 * @param requestId the request whose timeline this is; null for an entry of the media item's own
 *     timeline
 * @param sequence position within the media item, increasing; orders entries of one request too
 * @param event Callsheet's name for the fact ({@code ReleaseGrabbed}); {@code sourceEvent} is the
 *     vendor's ({@code Grab})
 * @param state the request's state after the fact (for media entries: the media item's progress)
 * @param previousState the state before it; equal to {@code state} when nothing changed
 * @param changed whether the fact moved the state
 */
public record TimelineEntry(
        MediaKey mediaKey,
        RequestId requestId,
        long sequence,
        Instant at,
        String event,
        String sourceEvent,
        SourceKind source,
        String instance,
        String deliveryId,
        String state,
        String previousState,
        boolean changed,
        String summary,
        Map<String, String> details) {}
