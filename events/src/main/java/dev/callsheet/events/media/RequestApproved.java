package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/** An admin approved a waiting request; the request manager hands it to Radarr/Sonarr. Overseerr {@code MEDIA_APPROVED}. */
public record RequestApproved(RequestId requestId, Requester requestedBy, MediaInfo media, String sourceEventType)
        implements RequestEvent {}
