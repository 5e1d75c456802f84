package dev.callsheet.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A value that settings name with a word ({@code needs-approval}, {@code every-batch}). */
public interface SettingWord {

    /** The value as settings name it. */
    String word();

    /** The one of {@code all} that {@code word} names, ignoring case and surrounding blanks. */
    static <T extends SettingWord> Optional<T> named(T[] all, String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(all).filter(one -> one.word().equals(wanted)).findFirst();
    }
}
