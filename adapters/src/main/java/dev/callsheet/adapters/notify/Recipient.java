package dev.callsheet.adapters.notify;

/**
 * A person a notice addresses, with their address on each channel that can reach one person. A
 * channel uses the address it knows: Discord mentions {@code discordId} (and allows that mention only),
 * Telegram sends to {@code telegramChatId} instead of its configured chats, e-mail goes to {@code
 * email}. Channels that reach a room or a topic name the person in the text.
 *
 * @param name how to call them ({@code Marge}); never null
 * @param discordId a Discord user id (a snowflake); null when not known
 * @param telegramChatId a Telegram chat id; null when not known
 * @param email null when not known
 */
public record Recipient(String name, String discordId, String telegramChatId, String email) {

    public Recipient {
        java.util.Objects.requireNonNull(name, "name");
    }
}
