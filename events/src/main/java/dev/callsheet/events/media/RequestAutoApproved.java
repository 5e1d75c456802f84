package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/**
 * A request was made by someone allowed to auto-approve: it is submitted and approved at once. Overseerr
 * {@code MEDIA_AUTO_APPROVED} (which replaces PENDING + APPROVED for such users).
 *
 * @param posterUrl an http(s) URL of the media's poster, when the source gave one; null otherwise, and
 *     in facts stored before it was carried
 */
public record RequestAutoApproved(
        RequestId requestId,
        Requester requestedBy,
        MediaInfo media,
        List<Integer> seasons,
        String sourceEventType,
        String posterUrl)
        implements RequestEvent {

    public RequestAutoApproved(
            RequestId requestId,
            Requester requestedBy,
            MediaInfo media,
            List<Integer> seasons,
            String sourceEventType) {
        this(requestId, requestedBy, media, seasons, sourceEventType, null);
    }

    public RequestAutoApproved {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
