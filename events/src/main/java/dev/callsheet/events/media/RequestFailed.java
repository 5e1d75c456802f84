package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/** The request manager could not hand the request to Radarr/Sonarr (the add call failed). Overseerr {@code MEDIA_FAILED}. */
public record RequestFailed(
        RequestId requestId, Requester requestedBy, MediaInfo media, List<Integer> seasons, String sourceEventType)
        implements RequestEvent {

    public RequestFailed {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
