package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.Objects;

/**
 * Someone asked to be told about a request someone else made ({@code POST
 * /api/requests/{id}/subscribers}): they hear what its requester hears.
 *
 * @param subscriber the person, by username and e-mail as the request manager knows them
 */
public record Subscribed(MediaInfo media, RequestId requestId, Requester subscriber, String sourceEventType)
        implements MediaEvent {

    public Subscribed {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(subscriber, "subscriber");
    }
}
