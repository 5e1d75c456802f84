package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/** An admin approved a waiting request; the request manager hands it to Radarr/Sonarr. Overseerr {@code MEDIA_APPROVED}. */
public record RequestApproved(
        RequestId requestId, Requester requestedBy, MediaInfo media, List<Integer> seasons, String sourceEventType)
        implements RequestEvent {

    public RequestApproved {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
