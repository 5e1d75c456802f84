package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import java.util.Objects;

/**
 * Tell one person, or one channel's own audience, about a request, through one configured channel
 * instance. Rendered from the event's template and sent by the notification listener, in a consumer
 * group of its own, one queue per channel instance: a channel that backs off holds up only itself.
 * Every attempt is answered by a {@link dev.callsheet.events.media.NotificationAttempt}.
 *
 * @param id made from the request, the event, the episodes, the recipient and the channel, so that a
 *     replayed decision asks for the same notice and the sender skips one it has delivered
 * @param requestId the request the notice is about
 * @param event the event, in the routes' words ({@code available}, {@code needs-approval}, {@code
 *     stuck}, …)
 * @param channel the channel instance's configured name
 * @param mediaKey the item the notice is about; null only for event {@code test}, which concerns no
 *     item (an admin trying a channel)
 * @param recipient the person addressed; null for the channel's own audience (an admins' room, a
 *     family's channel)
 */
public record SendNotification(
        String id,
        MediaKey mediaKey,
        RequestId requestId,
        String event,
        String channel,
        Addressee recipient,
        NoticeSubject subject)
        implements Command {

    /** The event of a notice an admin sends to try a channel; the only one without a media item. */
    public static final String TEST = "test";

    public SendNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(subject, "subject");
        if (mediaKey == null && !TEST.equals(event)) {
            throw new NullPointerException("mediaKey");
        }
    }

    /** The media key; a test notice, about no item, is keyed by its channel. */
    @Override
    public String key() {
        return mediaKey == null ? "test:" + channel : mediaKey.value();
    }
}
