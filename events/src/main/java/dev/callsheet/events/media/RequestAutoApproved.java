package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.List;

/** A request was made by someone allowed to auto-approve: it is submitted and approved at once. Overseerr {@code MEDIA_AUTO_APPROVED} (which replaces PENDING + APPROVED for such users). */
public record RequestAutoApproved(
        RequestId requestId, Requester requestedBy, MediaInfo media, List<Integer> seasons, String sourceEventType)
        implements RequestEvent {

    public RequestAutoApproved {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
