package dev.callsheet.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What Callsheet's own settings say about one person ({@code callsheet.notifications.users.<username>}):
 * their addresses, when Overseerr's webhook and settings do not give them, and their preferences.
 *
 * @param username their Overseerr user name
 * @param email null when not given
 * @param discordId a Discord user id; null when not given
 * @param telegramChatId a Telegram chat id; null when not given
 * @param channels the channel instances they hear on; empty for every channel a route gives them
 * @param events the events they hear; empty for every event a route gives them
 * @param quietHours when notices to them wait; null for never
 */
public record NoticePerson(
        String username,
        String email,
        String discordId,
        String telegramChatId,
        Set<String> channels,
        Set<NoticeEvent> events,
        QuietHours quietHours) {

    public NoticePerson {
        Objects.requireNonNull(username, "username");
        channels = Set.copyOf(Objects.requireNonNullElse(channels, Set.of()));
        events = Set.copyOf(Objects.requireNonNullElse(events, Set.of()));
    }

    /** Whether they want to hear of {@code event} on the channel instance named {@code channel}. */
    public boolean hears(NoticeEvent event, String channel) {
        return (events.isEmpty() || events.contains(event)) && (channels.isEmpty() || channels.contains(channel));
    }

    /** Until when a notice to them waits when it is ready at {@code at}; empty when it need not wait. */
    public Optional<Instant> heldUntil(Instant at) {
        return quietHours == null ? Optional.empty() : quietHours.endAfter(at);
    }
}
