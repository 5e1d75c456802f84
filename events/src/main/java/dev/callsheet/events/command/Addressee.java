package dev.callsheet.events.command;

import java.util.Objects;

/**
 * A person a notification addresses, with their addresses as the decider knew them: from the request
 * manager's webhook ({@code requestedBy_settings_*}), Overseerr's per-user settings, or Callsheet's own
 * {@code callsheet.notifications.users} entries.
 *
 * @param username the request manager's username, or the e-mail when it gave none; never null
 * @param email null when not known
 * @param discordId a Discord user id; null when not known
 * @param telegramChatId a Telegram chat id; null when not known
 */
public record Addressee(String username, String email, String discordId, String telegramChatId) {

    public Addressee {
        Objects.requireNonNull(username, "username");
    }
}
