package dev.callsheet.adapters.overseerr;

/**
 * Where an Overseerr user takes notifications, as they set it in their own notification settings.
 *
 * @param discordId their Discord user id; null when they gave none
 * @param telegramChatId the chat Overseerr's Telegram bot reaches them in; null when they gave none
 */
public record UserAddresses(String discordId, String telegramChatId) {

    public UserAddresses {
        discordId = blankToNull(discordId);
        telegramChatId = blankToNull(telegramChatId);
    }

    // The settings form saves a cleared field as "", which means the same as never set.
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
