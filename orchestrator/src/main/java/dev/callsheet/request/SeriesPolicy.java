package dev.callsheet.request;

import java.util.Optional;

/**
 * When a route tells about a series' episodes. Whatever the policy, no episode is announced twice to
 * the same person on the same channel.
 */
public enum SeriesPolicy implements SettingWord {
    /** Once a requested season is complete (Overseerr's behaviour). The default. */
    SEASON_COMPLETE("season-complete"),
    /** When the first requested episode is available, then once when the season is complete. */
    FIRST_EPISODE("first-episode"),
    /** The episodes that arrived within the route's batch window, in one message per window. */
    EVERY_BATCH("every-batch"),
    /** When every aired episode in scope is available; again when newly aired ones arrive. */
    CAUGHT_UP("caught-up");

    private final String word;

    SeriesPolicy(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** The policy {@code word} names, ignoring case and surrounding blanks; empty when none does. */
    public static Optional<SeriesPolicy> named(String word) {
        return SettingWord.named(values(), word);
    }
}
