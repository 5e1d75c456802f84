package dev.callsheet.request;

import java.util.Optional;

/** Who a route's notices are for. */
public enum NoticeAudience implements SettingWord {
    /** Everyone who asked for the media (two requests on one item: both hear). */
    REQUESTER("requester"),
    /** The admins: the route's channels themselves (an admins' room, topic or mailbox) are the audience. */
    ADMINS("admins"),
    /** The people who asked to be told about a media item someone else requested. */
    SUBSCRIBERS("subscribers");

    private final String word;

    NoticeAudience(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** Whether the audience is people, each reached at their own address, rather than a channel's room. */
    public boolean people() {
        return this != ADMINS;
    }

    /** The audience {@code word} names, ignoring case and surrounding blanks; empty when none does. */
    public static Optional<NoticeAudience> named(String word) {
        return SettingWord.named(values(), word);
    }
}
