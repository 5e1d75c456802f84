package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/** Somebody asked for the media and the request waits for approval. Overseerr {@code MEDIA_PENDING}. */
public record RequestSubmitted(
        RequestId requestId, Requester requestedBy, MediaInfo media, List<Integer> seasons, String sourceEventType)
        implements RequestEvent {

    public RequestSubmitted {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
