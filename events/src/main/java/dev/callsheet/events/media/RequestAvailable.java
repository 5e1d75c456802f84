package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/** The request manager saw the requested media in the media server; it lags the real arrival by minutes to a day. Overseerr {@code MEDIA_AVAILABLE}. */
public record RequestAvailable(
        RequestId requestId, Requester requestedBy, MediaInfo media, List<Integer> seasons, String sourceEventType)
        implements RequestEvent {

    public RequestAvailable {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
