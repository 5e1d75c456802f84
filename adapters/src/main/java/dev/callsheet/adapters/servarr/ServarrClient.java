package dev.callsheet.adapters.servarr;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import dev.callsheet.events.SourceKind;
import java.util.List;
import java.util.Optional;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * Reads what Radarr (v3 to v5) and Sonarr (v3 and v4) answer alike through their API v3, with the
 * {@code X-Api-Key} header. Every call fails with {@link AdapterFailure} when the arr cannot give a
 * usable answer: UNAUTHORIZED for a wrong key, NOT_READY while it starts.
 */
public final class ServarrClient {

    private static final TypeReference<List<NotificationResource>> NOTIFICATIONS = new TypeReference<>() {};

    private final String service;
    private final JsonApi api;
    private final ApiEndpoint endpoint;

    /** @param app {@link SourceKind#RADARR} or {@link SourceKind#SONARR} */
    public ServarrClient(SourceKind app, ApiEndpoint endpoint, WebClient.Builder webClient) {
        this.service = switch (app) {
            case RADARR -> "Radarr";
            case SONARR -> "Sonarr";
            default -> throw new IllegalArgumentException("not Radarr or Sonarr: " + app);
        };
        // Both answer 401 to a wrong key and 503 while they start: the usual reading fits.
        this.api = new JsonApi(service, endpoint, webClient, AdapterFailure.Kind::ofStatus);
        this.endpoint = endpoint;
    }

    /**
     * {@code GET /api/v3/notification}: the arr's "Plex Media Server" connections, in the arr's order,
     * without their tokens; its other connections are left out.
     */
    public Mono<List<ArrPlexConnection>> plexConnections() {
        return api.get(
                NOTIFICATIONS,
                notifications -> notifications.stream()
                        .filter(notification -> notification != null)
                        .map(NotificationResource::toPlexConnection)
                        .flatMap(Optional::stream)
                        .toList(),
                "/api/v3/notification");
    }

    @Override
    public String toString() {
        return "ServarrClient[" + service + " " + endpoint.displayUrl() + "]";
    }
}
