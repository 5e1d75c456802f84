package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/** An admin declined the request; nothing will be fetched for it. Overseerr {@code MEDIA_DECLINED}. */
public record RequestDeclined(RequestId requestId, Requester requestedBy, MediaInfo media, String sourceEventType)
        implements RequestEvent {}
