package dev.callsheet.adapters;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where one instance of an outside service answers, and how to call it.
 *
 * @param baseUrl the instance's URL including any URL base it is configured with ({@code
 *     http://nas:8989/sonarr}); API paths are appended to it
 * @param apiKey the instance's API key (or token), sent as {@code X-Api-Key} unless the vendor takes it
 *     another way (Plex's {@code X-Plex-Token}); {@link #toString()} hides it
 * @param timeout how long connecting, and then waiting for each part of the answer, may take
 */
public record ApiEndpoint(URI baseUrl, String apiKey, Duration timeout) {

    private static final Pattern HTTP = Pattern.compile("https?", Pattern.CASE_INSENSITIVE);

    public ApiEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        if (!HTTP.matcher(String.valueOf(baseUrl.getScheme())).matches() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host: " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the base URL must not have a query or fragment: " + baseUrl);
        }
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("the API key is blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
    }

    /** The base URL without credentials, query or trailing slash: safe to show in messages and logs. */
    public String displayUrl() {
        String port = baseUrl.getPort() == -1 ? "" : ":" + baseUrl.getPort();
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + port + path;
    }

    /** {@code text} with every occurrence of the API key blanked out. */
    public String redact(String text) {
        return text == null ? null : text.replace(apiKey, "[api key]");
    }

    @Override
    public String toString() {
        return "ApiEndpoint[baseUrl=" + displayUrl() + ", apiKey=[hidden], timeout=" + timeout + "]";
    }
}
