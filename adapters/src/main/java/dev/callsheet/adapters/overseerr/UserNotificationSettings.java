package dev.callsheet.adapters.overseerr;

/**
 * The part of {@code GET /api/v1/user/{id}/settings/notifications} we read. Every fork answers the
 * same two fields, taken from the user's settings row: absent when the user never saved any settings,
 * null or {@code ""} when they saved none or cleared one. The answer also carries the user's Pushover and
 * Pushbullet tokens; those are credentials, so they are deliberately not read.
 */
record UserNotificationSettings(String discordId, String telegramChatId) {

    UserAddresses toAddresses() {
        return new UserAddresses(discordId, telegramChatId);
    }
}
