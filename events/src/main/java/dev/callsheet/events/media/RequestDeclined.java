package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/** An admin declined the request; nothing will be fetched for it. Overseerr {@code MEDIA_DECLINED}. */
public record RequestDeclined(
        RequestId requestId, Requester requestedBy, MediaInfo media, List<Integer> seasons, String sourceEventType)
        implements RequestEvent {

    public RequestDeclined {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
