package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/** The request manager could not hand the request to Radarr/Sonarr (the add call failed). Overseerr {@code MEDIA_FAILED}. */
public record RequestFailed(RequestId requestId, Requester requestedBy, MediaInfo media, String sourceEventType)
        implements RequestEvent {}
