package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/**
 * Somebody asked for the media and the request waits for approval: at a request manager (Overseerr
 * {@code MEDIA_PENDING}), or through Callsheet's own {@code POST /api/requests}.
 *
 * @param order what Callsheet adds to the arr once the request is approved; null for a request from a
 *     request manager, which adds the media itself
 * @param posterUrl an http(s) URL of the media's poster, when the source gave one; null otherwise, and
 *     in facts stored before it was carried
 */
public record RequestSubmitted(
        RequestId requestId,
        Requester requestedBy,
        MediaInfo media,
        List<Integer> seasons,
        String sourceEventType,
        LibraryOrder order,
        String posterUrl)
        implements RequestEvent {

    /** A request from a request manager. */
    public RequestSubmitted(
            RequestId requestId,
            Requester requestedBy,
            MediaInfo media,
            List<Integer> seasons,
            String sourceEventType) {
        this(requestId, requestedBy, media, seasons, sourceEventType, null, null);
    }

    /** A request made in Callsheet, which has no poster to show. */
    public RequestSubmitted(
            RequestId requestId,
            Requester requestedBy,
            MediaInfo media,
            List<Integer> seasons,
            String sourceEventType,
            LibraryOrder order) {
        this(requestId, requestedBy, media, seasons, sourceEventType, order, null);
    }

    public RequestSubmitted {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
