package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/** A request was made by someone allowed to auto-approve: it is submitted and approved at once. Overseerr {@code MEDIA_AUTO_APPROVED} (which replaces PENDING + APPROVED for such users). */
public record RequestAutoApproved(RequestId requestId, Requester requestedBy, MediaInfo media, String sourceEventType)
        implements RequestEvent {}
