package dev.callsheet.plex;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.plex.PlexClient;
import dev.callsheet.adapters.plex.PlexNotifications;
import dev.callsheet.adapters.plex.PlexPushTiming;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The Plex instances declared under {@code callsheet.instances}, each with its client. A Plex instance
 * Callsheet cannot use stops the start with a message naming the setting to fix, never its value: a
 * missing {@code url} or {@code token}, a URL that is not http(s), a malformed path mapping.
 */
final class PlexServers {

    private PlexServers() {}

    static List<PlexServer> from(InstanceProperties instances, WebClient.Builder webClient) {
        Map<String, InstanceProperties.Instance> sorted = new TreeMap<>(instances.instances());
        return sorted.entrySet().stream()
                .filter(entry -> entry.getValue().kind() == SourceKind.PLEX)
                .map(entry -> server(entry.getKey(), entry.getValue(), webClient))
                .toList();
    }

    private static PlexServer server(String name, InstanceProperties.Instance instance, WebClient.Builder webClient) {
        String key = "callsheet.instances." + name;
        if (instance.url() == null) {
            throw new IllegalStateException("Plex instance '%s' has no URL: set %s.url".formatted(name, key));
        }
        if (instance.token() == null || instance.token().isBlank()) {
            throw new IllegalStateException(
                    "Plex instance '%s' has no token: set %s.token (the server's X-Plex-Token)".formatted(name, key));
        }
        PlexPaths.problem(name, instance.pathMappings()).ifPresent(problem -> {
            throw new IllegalStateException("Plex instance '%s': %s".formatted(name, problem));
        });
        ApiEndpoint endpoint;
        try {
            endpoint = new ApiEndpoint(instance.url(), instance.token(), instance.timeout());
        } catch (IllegalArgumentException e) {
            // ApiEndpoint's messages name the URL or the timeout, never the token.
            throw new IllegalStateException(
                    "Plex instance '%s' is misconfigured (%s.url, %s.timeout): %s"
                            .formatted(name, key, key, e.getMessage()),
                    e);
        }
        return new PlexServer(
                name,
                endpoint.displayUrl(),
                endpoint.timeout(),
                new PlexClient(endpoint, webClient),
                new PlexPaths(instance.pathMappings()),
                instance.mode(),
                new PlexNotifications(endpoint, PlexPushTiming.DEFAULT).notifications());
    }
}
