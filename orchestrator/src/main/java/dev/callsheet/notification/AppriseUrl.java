package dev.callsheet.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Apprise-style URL taken apart: {@code scheme://user:password@host:port/path/segments?name=value}.
 * Read by hand rather than with {@link java.net.URI}: Apprise's forms are not always URIs (a Telegram
 * bot token holds a colon where a port would be, a Matrix room starts with {@code #}), and {@code
 * URI}'s messages quote the whole input, token and all. Every part is percent-decoded ({@code +} stays
 * a plus). No message of this class holds any part of the URL.
 *
 * @param scheme lower case ({@code tgram})
 * @param user the part before the password or the {@code @}; null when none
 * @param password null when none
 * @param authority the host and port as written, after any {@code user@}; never null
 * @param path the non-empty path segments
 * @param query the options by lower-case name
 */
record AppriseUrl(
        String scheme, String user, String password, String authority, List<String> path, Map<String, String> query) {

    private static final Pattern HOST_PORT = Pattern.compile("(.*):(\\d{1,5})");

    /** Takes {@code url} apart; empty when it has no {@code scheme://}. */
    static Optional<AppriseUrl> parse(String url) {
        int separator = url.indexOf("://");
        if (separator <= 0 || !url.substring(0, separator).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return Optional.empty();
        }
        String scheme = url.substring(0, separator).toLowerCase(Locale.ROOT);
        String rest = url.substring(separator + 3);
        String queryText = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            queryText = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String pathText = slash < 0 ? "" : rest.substring(slash + 1);
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decoded(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decoded(userInfo.substring(colon + 1));
        }
        List<String> path = Arrays.stream(pathText.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(AppriseUrl::decoded)
                .toList();
        Map<String, String> query = new LinkedHashMap<>();
        for (String option : queryText.split("&")) {
            if (!option.isEmpty()) {
                int equals = option.indexOf('=');
                String name = equals < 0 ? option : option.substring(0, equals);
                query.put(
                        decoded(name).toLowerCase(Locale.ROOT),
                        equals < 0 ? "" : decoded(option.substring(equals + 1)));
            }
        }
        return Optional.of(new AppriseUrl(
                scheme, blankToNull(user), blankToNull(password), decoded(authority), path, Map.copyOf(query)));
    }

    /** The host, without a port. */
    String host() {
        Matcher hostPort = HOST_PORT.matcher(authority);
        return hostPort.matches() ? hostPort.group(1) : authority;
    }

    /** The port; null when none is written. */
    Integer port() {
        Matcher hostPort = HOST_PORT.matcher(authority);
        if (!hostPort.matches()) {
            return null;
        }
        int port = Integer.parseInt(hostPort.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("its port is not between 1 and 65535");
        }
        return port;
    }

    /** {@code base}{@code ://host[:port]}, for a service reached at the URL's host. */
    String origin(String base) {
        return base + "://" + authority;
    }

    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // URLDecoder's message quotes the part, which may be the token.
            throw new IllegalArgumentException("it holds a % that does not start a %XX escape");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
