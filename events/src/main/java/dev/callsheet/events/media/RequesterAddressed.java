package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.util.Objects;

/**
 * The request manager's per-user notification settings gave (or did not give) a request's requester's
 * addresses: the answer to a {@code LookUpRequesterAddresses}. Ids are user ids, not credentials.
 *
 * @param discordId their Discord user id; null when none was read
 * @param telegramChatId their Telegram chat id; null when none was read
 * @param unread why the settings were not read, when they were not: the request or the user is gone
 *     from the request manager, or Callsheet has no API key for it; null when they were read
 * @param sourceEventType {@code LookUpRequesterAddresses}
 */
public record RequesterAddressed(
        MediaInfo media,
        RequestId requestId,
        String discordId,
        String telegramChatId,
        String unread,
        String sourceEventType)
        implements MediaEvent {

    public RequesterAddressed {
        Objects.requireNonNull(requestId, "requestId");
    }
}
