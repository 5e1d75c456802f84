package dev.callsheet.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One channel's keys, once secret files are read and an Apprise URL is turned into the keys it stands
 * for, with what each key's problems are reported under: the key as written, or the {@code url} (or
 * {@code token-file}) a value came from. Getters report a problem and give null when a value is
 * missing or malformed; the messages describe the value, never repeat it.
 */
final class ChannelKeys {

    private final String prefix;
    private final Map<String, Object> values;
    private final Map<String, String> origins;
    private final SettingProblems problems;
    private boolean wrong;

    ChannelKeys(String prefix, Map<String, Object> values, Map<String, String> origins, SettingProblems problems) {
        this.prefix = prefix;
        this.values = values;
        this.origins = origins;
        this.problems = problems;
    }

    /** Whether any problem was reported for this channel. */
    boolean wrong() {
        return wrong;
    }

    /** Reports {@code problem} under the key {@code name}'s value came from. */
    void problem(String name, String problem) {
        problems.add(prefix + "." + origins.getOrDefault(name, name), problem);
        wrong = true;
    }

    /** The value of {@code name}, stripped; null when not given. */
    String text(String name) {
        Object value = values.get(name);
        return value instanceof String text ? text.strip() : null;
    }

    /** The value of {@code name}; a problem saying what it should be when not given. */
    String required(String name, String what) {
        String text = text(name);
        if (text == null) {
            problem(name, "missing: " + what);
        }
        return text;
    }

    /** The values of {@code name}, each stripped; empty when not given. */
    List<String> list(String name) {
        Object value = values.get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        String text = text(name);
        return text == null ? List.of() : List.of(text);
    }

    /** The value of {@code name} as an absolute http(s) URL without a query; null when not given. */
    URI http(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    problem(name, "must not hold a query or a fragment: give its parts as keys");
                    return null;
                }
                if (uri.getRawUserInfo() != null) {
                    // The settings' toString shows server URLs: a password in one would show too.
                    problem(name, "must not hold a user or password: give them as keys");
                    return null;
                }
                return uri;
            }
        } catch (URISyntaxException e) {
            // The exception's message quotes the URL, which may hold a token: described, not quoted.
        }
        problem(name, "is not an absolute http(s) URL");
        return null;
    }

    /** The value of {@code name} as an http(s) URL; {@code fallback} when not given. */
    URI http(String name, String fallback) {
        return text(name) == null ? URI.create(fallback) : http(name);
    }

    /** The value of {@code name} as an http(s) URL; a problem saying what it should be when not given. */
    URI requiredHttp(String name, String what) {
        return required(name, what) == null ? null : http(name);
    }

    /**
     * The value of {@code name} as a number from {@code min} to {@code max} or one of {@code words};
     * null when not given.
     */
    Integer number(String name, int min, int max, Map<String, Integer> words) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        Integer word = words.get(text.toLowerCase(Locale.ROOT));
        if (word != null) {
            return word;
        }
        if (text.matches("-?\\d{1,6}")) {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        }
        problem(
                name,
                "is '" + text + "', not a number from " + min + " to " + max
                        + (words.isEmpty() ? "" : " nor one of " + new TreeSet<>(words.keySet())));
        return null;
    }
}
