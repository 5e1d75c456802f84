package dev.callsheet.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with the notification settings, each naming its key; gathered over all of them, so
 * that one start shows every problem, not the first. No message may hold a setting's value unless the
 * value is a word of a closed set (a type, an event): values are where the secrets are.
 */
final class SettingProblems {

    private final List<String> problems = new ArrayList<>();

    void add(String key, String problem) {
        problems.add(key + ": " + problem);
    }

    /** How many problems were found so far: a reader compares it before and after one entry. */
    int size() {
        return problems.size();
    }

    /** Stops the start when anything is wrong. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Callsheet cannot start with these notification settings:\n  " + String.join("\n  ", problems));
        }
    }
}
