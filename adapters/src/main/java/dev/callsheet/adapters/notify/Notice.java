package dev.callsheet.adapters.notify;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One notice, before any channel has shaped it.
 *
 * @param id the notification's id, the same on every retry: the idempotency key of channels that take
 *     one (Matrix {@code txnId}, Standard Webhooks {@code webhook-id}); at most 200 characters
 * @param event what happened, in the route's words ({@code available}, {@code needs-approval}, …)
 * @param title one line ({@code The Matrix (1999) is ready to watch})
 * @param text the body, plain text; lines separated by {@code \n}; may be long (an episode list), each
 *     channel trims or splits it to its own limits
 * @param link where a tap should lead (the item in Plex, the request in Callsheet); null when none
 * @param imageUrl the poster; null when none
 * @param actions buttons or links, in order (approve, decline, open in Plex)
 * @param recipient the person the notice addresses on this channel; null for a channel's own audience
 *     (an admins' room, a family's channel)
 * @param data the facts behind the notice as JSON-ready values (request id, media ids, episodes), for the
 *     generic webhook's body
 */
public record Notice(
        String id,
        String event,
        String title,
        String text,
        URI link,
        URI imageUrl,
        List<NoticeAction> actions,
        Recipient recipient,
        Map<String, Object> data) {

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(title, "title");
        text = Objects.requireNonNullElse(text, "");
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
        data = Map.copyOf(Objects.requireNonNullElse(data, Map.of()));
    }
}
