package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import java.util.Objects;
import java.util.Set;

/**
 * Tell one person, or one channel's own audience, about a request (or, for the admins, about a source
 * or a dead letter), through one configured channel instance. Rendered from the event's template and
 * sent by the notification listener, in a consumer group of its own, one queue per channel instance: a
 * channel that backs off holds up only itself. Every attempt at a notice about an item is answered by
 * a {@link dev.callsheet.events.media.NotificationAttempt}.
 *
 * @param id made from the request, the event, the episodes, the recipient and the channel, so that a
 *     replayed decision asks for the same notice and the sender skips one it has delivered
 * @param requestId the request the notice is about; null for a notice about no item
 * @param event the event, in the routes' words ({@code available}, {@code needs-approval}, {@code
 *     stuck}, …)
 * @param channel the channel instance's configured name
 * @param mediaKey the item the notice is about; null only for the events about no item ({@link
 *     #ABOUT_NO_ITEM}: an admin trying a channel, a source gone unhealthy, a dead letter)
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

    /** The event of a notice an admin sends to try a channel. */
    public static final String TEST = "test";

    /** The event of the admins' notice that a source's health went bad. */
    public static final String SOURCE_UNHEALTHY = "source-unhealthy";

    /** The event of the admins' notice that a record was dead-lettered. */
    public static final String DEAD_LETTER = "dead-letter";

    /** The events whose notices concern no media item, and so may have no media key. */
    public static final Set<String> ABOUT_NO_ITEM = Set.of(TEST, SOURCE_UNHEALTHY, DEAD_LETTER);

    public SendNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(subject, "subject");
        if (mediaKey == null && !ABOUT_NO_ITEM.contains(event)) {
            throw new NullPointerException("mediaKey");
        }
    }

    /**
     * The media key; a notice about no item is keyed by its event and channel ({@code test:admin-ntfy}),
     * so that one channel's admin notices keep their order.
     */
    @Override
    public String key() {
        return mediaKey == null ? event + ":" + channel : mediaKey.value();
    }
}
