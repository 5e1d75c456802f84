package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/** The request manager saw the requested media in the media server; it lags the real arrival by minutes to a day. Overseerr {@code MEDIA_AVAILABLE}. */
public record RequestAvailable(RequestId requestId, Requester requestedBy, MediaInfo media, String sourceEventType)
        implements RequestEvent {}
