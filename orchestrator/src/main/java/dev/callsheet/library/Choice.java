package dev.callsheet.library;

import dev.callsheet.command.AttemptFailed;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One of an arr's quality profiles, root folders or language profiles, picked by the name (or path)
 * or id a request or the instance's configuration gives. With none given, an arr that has just one
 * leaves no choice; one that has several must be told, and the attempt is given up naming the key.
 */
record Choice<T>(String what, String key, Function<T, String> name, ToIntFunction<T> id) {

    /**
     * The option {@code wanted} names, or the only one when nothing is wanted.
     *
     * @param instance the arr instance, for the message
     */
    T of(List<T> options, String wanted, String instance) {
        if (wanted == null || wanted.isBlank()) {
            if (options.size() == 1) {
                return options.getFirst();
            }
            throw AttemptFailed.permanent("'%s' has %d %ss: set callsheet.instances.%s.%s"
                    .formatted(instance, options.size(), what, instance, key));
        }
        String trimmed = wanted.strip();
        return options.stream()
                .filter(option ->
                        trimmed.equals(name.apply(option)) || trimmed.equals(Integer.toString(id.applyAsInt(option))))
                .findFirst()
                .orElseThrow(() -> AttemptFailed.permanent("'%s' has no %s '%s'; it has %s"
                        .formatted(
                                instance,
                                what,
                                trimmed,
                                options.stream().map(name).toList())));
    }

    /**
     * The first option when nothing is wanted (Sonarr v3's language profile, which few care about);
     * null when the arr has none (Sonarr v4).
     */
    T orFirst(List<T> options, String wanted, String instance) {
        if (options.isEmpty()) {
            return null;
        }
        return wanted == null || wanted.isBlank() ? options.getFirst() : of(options, wanted, instance);
    }
}
