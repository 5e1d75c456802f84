package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/** Somebody asked for the media and the request waits for approval. Overseerr {@code MEDIA_PENDING}. */
public record RequestSubmitted(RequestId requestId, Requester requestedBy, MediaInfo media, String sourceEventType)
        implements RequestEvent {}
