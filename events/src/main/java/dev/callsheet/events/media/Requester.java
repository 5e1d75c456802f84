package dev.callsheet.events.media;

/**
 * Who asked for it, as the request manager names them (a display name, not necessarily a login), and
 * where they take notifications when the request manager says ({@code requestedBy_settings_*}).
 *
 * @param discordId their Discord user id; null when not known
 * @param telegramChatId their Telegram chat id; null when not known
 */
public record Requester(String username, String email, String discordId, String telegramChatId) {

    /** Someone known by name and e-mail only. */
    public Requester(String username, String email) {
        this(username, email, null, null);
    }
}
