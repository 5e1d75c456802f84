package dev.callsheet.normalise.overseerr;

import dev.callsheet.normalise.UnparseableWebhook;
import java.util.regex.Pattern;

/**
 * Values as Overseerr's template engine leaves them: a missing value becomes {@code ""}, and a
 * variable the running version does not know stays in the text as a literal {@code {{placeholder}}}.
 * Both mean "not said".
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*}}");

    private Template() {}

    /** The trimmed value, or null when it is absent, blank or an unreplaced placeholder. */
    static String value(String rendered) {
        if (rendered == null) {
            return null;
        }
        String value = rendered.trim();
        return value.isEmpty() || PLACEHOLDER.matcher(value).matches() ? null : value;
    }

    /** A positive id, or null when not said or {@code 0}; anything but digits is not an id. */
    static Long id(String rendered, String name) throws UnparseableWebhook {
        String value = value(rendered);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            throw new UnparseableWebhook(name + " is not a number: \"" + value + "\"", e);
        }
    }
}
