package dev.callsheet.request;

import java.util.Optional;

/**
 * What a notice tells, in the words routes and people name it with ({@code available}, {@code
 * needs-approval}). The word is also the {@code event} of the notice a channel sends.
 */
public enum NoticeEvent implements SettingWord {
    NEEDS_APPROVAL("needs-approval"),
    APPROVED("approved"),
    DECLINED("declined"),
    AVAILABLE("available"),
    FAILED("failed"),
    STUCK("stuck"),
    /** Opt-in: only a route that names it sends it. */
    DOWNLOAD_STARTED("download-started"),
    /** A source (an arr, a download client, Plex) went bad: no request's, so for admins only. */
    SOURCE_UNHEALTHY("source-unhealthy"),
    /** A record the pipeline could not take: no request's, so for admins only. */
    DEAD_LETTER("dead-letter");

    private final String word;

    NoticeEvent(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** Whether the event is about one request, so that its requester and subscribers can hear it. */
    public boolean aboutARequest() {
        return this != SOURCE_UNHEALTHY && this != DEAD_LETTER;
    }

    /** The event {@code word} names, ignoring case and surrounding blanks; empty when none does. */
    public static Optional<NoticeEvent> named(String word) {
        return SettingWord.named(values(), word);
    }
}
