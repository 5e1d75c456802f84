package dev.callsheet.notification;

/** Why a notice's command was dead-lettered: the reason it was given up, in its headers. */
final class NotificationGivenUp extends RuntimeException {

    NotificationGivenUp(String reason) {
        super(reason, null, false, false);
    }
}
