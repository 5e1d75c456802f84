package dev.callsheet.adapters.overseerr;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.Requester;
import java.util.List;

/**
 * A request as Overseerr (or Jellyseerr, Seerr) has it now.
 *
 * @param id Overseerr's request id, the number in {@code overseerr-<id>}
 * @param fourK Overseerr's {@code is4k}: the request is for the 4K copy, served by a 4K instance
 * @param seasons the requested season numbers, ascending; empty for a movie
 * @param requestedBy named as in Overseerr's webhooks (the display name), so both sources agree;
 *     either part may be null
 * @param requesterId Overseerr's id of the user who asked, the one whose settings {@link
 *     OverseerrClient#notificationSettings} reads; null when the answer names none
 */
public record OverseerrRequest(
        long id,
        OverseerrRequestStatus status,
        MediaType type,
        boolean fourK,
        List<Integer> seasons,
        Requester requestedBy,
        Long requesterId,
        OverseerrMedia media) {

    public OverseerrRequest {
        seasons = List.copyOf(seasons);
    }
}
