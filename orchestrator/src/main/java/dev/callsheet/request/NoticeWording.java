package dev.callsheet.request;

import dev.callsheet.events.media.NotificationAttempt;
import dev.callsheet.events.media.Requester;
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

    static String person(Requester requester) {
        return requester.username() != null ? requester.username() : requester.email();
    }
}
