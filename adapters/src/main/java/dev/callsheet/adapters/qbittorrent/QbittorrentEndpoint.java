package dev.callsheet.adapters.qbittorrent;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where one qBittorrent WebUI answers and how to log in to it.
 *
 * @param baseUrl the WebUI's URL, including any reverse-proxy path ({@code http://nas:8080})
 * @param username the WebUI user
 * @param password the WebUI password; {@link #toString()} hides it
 * @param timeout how long connecting, and then waiting for each part of the answer, may take
 */
public record QbittorrentEndpoint(URI baseUrl, String username, String password, Duration timeout) {

    private static final Pattern HTTP = Pattern.compile("https?", Pattern.CASE_INSENSITIVE);

    public QbittorrentEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
        if (!HTTP.matcher(String.valueOf(baseUrl.getScheme())).matches() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host: " + baseUrl);
        }
        if (baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the base URL must not have user info, a query or a fragment");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
    }

    /** The base URL without a trailing slash: safe to show in messages and logs. */
    public String displayUrl() {
        String port = baseUrl.getPort() == -1 ? "" : ":" + baseUrl.getPort();
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + port + path;
    }

    /** {@code text} with the password blanked out, should an answer ever echo it. */
    String redact(String text) {
        return text == null || password.isEmpty() ? text : text.replace(password, "[password]");
    }

    @Override
    public String toString() {
        return "QbittorrentEndpoint[baseUrl=" + displayUrl() + ", username=" + username
                + ", password=[hidden], timeout=" + timeout + "]";
    }
}
