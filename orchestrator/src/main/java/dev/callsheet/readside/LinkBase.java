package dev.callsheet.readside;

import java.net.URI;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where Callsheet is reached from outside, without a trailing slash, for the absolute links it hands
 * out: {@code callsheet.public-url} when configured, else what the request says: the {@code
 * X-Forwarded-Proto}, {@code -Host}, {@code -Port} and {@code -Prefix} a reverse proxy set, else its
 * own scheme and {@code Host}.
 */
final class LinkBase {

    private LinkBase() {}

    static String of(URI publicUrl, ServerHttpRequest request) {
        if (publicUrl != null) {
            return publicUrl.toString().replaceAll("/+$", "");
        }
        var headers = request.getHeaders();
        URI uri = request.getURI();
        String scheme = first(headers.getFirst("X-Forwarded-Proto"), uri.getScheme());
        String host = first(headers.getFirst("X-Forwarded-Host"), headers.getFirst("Host"), uri.getAuthority());
        String port = headers.getFirst("X-Forwarded-Port");
        if (port != null && !port.isBlank() && !host.matches(".*:[0-9]+") && !defaultPort(scheme, port.strip())) {
            host = host + ":" + port.strip();
        }
        String prefix = first(headers.getFirst("X-Forwarded-Prefix"), "").replaceAll("/+$", "");
        return scheme + "://" + host + prefix + request.getPath().contextPath().value();
    }

    /** The first value set; a proxy chain lists one value per hop, the client's first. */
    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.split(",")[0].strip();
            }
        }
        return "";
    }

    private static boolean defaultPort(String scheme, String port) {
        return ("https".equalsIgnoreCase(scheme) && port.equals("443"))
                || ("http".equalsIgnoreCase(scheme) && port.equals("80"));
    }
}
