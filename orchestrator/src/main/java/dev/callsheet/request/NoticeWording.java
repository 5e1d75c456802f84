package dev.callsheet.request;

import dev.callsheet.events.media.NotificationAttempt;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.RequesterAddressed;
import dev.callsheet.events.media.Subscribed;

/** The timeline's words for notifications: who was told what through which channel, and how it went. */
final class NoticeWording {

    private NoticeWording() {}

    static String attempt(NotificationAttempt e) {
        String whom = (e.recipient() == null ? "" : e.recipient() + " ") + "on " + e.channel();
        String what = "'" + e.event() + "' notice";
        return switch (e.outcome()) {
            case DELIVERED ->
                "Sent the " + what + " to " + whom
                        + (e.attempt() > 1 ? " (attempt " + e.attempt() + ")" : "")
                        + (e.mayBeDoubled() ? "; an earlier attempt got no answer, so it may have arrived twice" : "");
            case RETRYING ->
                "The " + what + " to " + whom + " failed (attempt " + e.attempt() + "): " + e.detail()
                        + "; trying again at " + e.retryAt();
            case GIVEN_UP ->
                "Gave up the " + what + " to " + whom + " after attempt " + e.attempt() + ": " + e.detail();
        };
    }

    static String subscribed(Subscribed e) {
        return person(e.subscriber()) + " asked to be told about this request";
    }

    /**
     * What Overseerr's settings gave for the requester: "Overseerr gives alice's Discord id".
     *
     * @param name the requester's name; null when the item does not know it
     */
    static String addressed(RequesterAddressed e, String name) {
        String who = name == null ? "the requester" : name;
        if (e.unread() != null) {
            return "No Discord or Telegram id for " + who + " from Overseerr: " + e.unread();
        }
        if (e.discordId() == null && e.telegramChatId() == null) {
            return "Overseerr gives " + who + " no Discord or Telegram id";
        }
        String ids = e.discordId() == null
                ? "Telegram chat id"
                : e.telegramChatId() == null ? "Discord id" : "Discord id and Telegram chat id";
        return "Overseerr gives " + who + "'s " + ids;
    }

    static String person(Requester requester) {
        return requester.username() != null ? requester.username() : requester.email();
    }
}
