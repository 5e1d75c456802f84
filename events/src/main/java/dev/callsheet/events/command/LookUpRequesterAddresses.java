package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import java.util.Objects;

/**
 * Ask the Overseerr (or Jellyseerr, Seerr) instance a request came from for its requester's Discord id
 * and Telegram chat id, which its webhook left out: the request names the user, and the user's
 * notification settings hold the ids. Answered by a {@link dev.callsheet.events.media.RequesterAddressed}.
 *
 * @param id the delivery that first told of the request, and {@code :addresses}
 * @param instance the Overseerr instance (its configured name)
 * @param requestId the request, {@code overseerr-<n>}
 * @param overseerrRequestId the request's own number at Overseerr, {@code n}
 */
public record LookUpRequesterAddresses(
        String id, MediaKey mediaKey, String instance, RequestId requestId, long overseerrRequestId)
        implements Command {

    public LookUpRequesterAddresses {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mediaKey, "mediaKey");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public String key() {
        return mediaKey.value();
    }
}
