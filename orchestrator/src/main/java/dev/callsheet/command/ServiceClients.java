package dev.callsheet.command;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.overseerr.OverseerrClient;
import dev.callsheet.adapters.radarr.RadarrClient;
import dev.callsheet.adapters.sonarr.SonarrClient;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The adapter client of each configured instance, made once per instance from {@code
 * callsheet.instances.<name>.*}. An instance that is not declared, or lacks its URL or API key, fails
 * the command permanently with the settings to add; the key itself never appears in a message.
 */
public final class ServiceClients {

    private final InstanceProperties instances;
    private final WebClient.Builder webClient;
    private final Map<String, Object> clients = new ConcurrentHashMap<>();
    private final ServiceVersions versions;

    public ServiceClients(InstanceProperties instances, WebClient.Builder webClient, Clock clock) {
        this.instances = instances;
        this.webClient = webClient;
        this.versions = new ServiceVersions(clock);
    }

    public SonarrClient sonarr(String name) {
        return client(SourceKind.SONARR, "Sonarr", name, SonarrClient::new, SonarrClient.class);
    }

    public RadarrClient radarr(String name) {
        return client(SourceKind.RADARR, "Radarr", name, RadarrClient::new, RadarrClient.class);
    }

    public OverseerrClient overseerr(String name) {
        return client(SourceKind.OVERSEERR, "Overseerr", name, OverseerrClient::new, OverseerrClient.class);
    }

    /**
     * The version instance {@code name} of {@code kind} reports, remembered for a while; empty when it
     * would not say, or when Callsheet has no way to ask that kind.
     */
    public Optional<String> version(SourceKind kind, String name) {
        return switch (kind) {
            case SONARR ->
                versions.of(
                        kind.id() + "/" + name,
                        () -> Blocking.await(sonarr(name).version(), "Sonarr", endpoint(kind, "Sonarr", name)));
            case RADARR ->
                versions.of(
                        kind.id() + "/" + name,
                        () -> Blocking.await(radarr(name).version(), "Radarr", endpoint(kind, "Radarr", name)));
            case OVERSEERR ->
                versions.of(
                        kind.id() + "/" + name,
                        () -> Blocking.await(
                                overseerr(name).version(), "Overseerr", endpoint(kind, "Overseerr", name)));
            default -> Optional.empty();
        };
    }

    /** The endpoint of instance {@code name}, for the timeouts of calls made to it. */
    public ApiEndpoint endpoint(SourceKind kind, String service, String name) {
        var instance = instances.find(kind, name).orElseThrow(() -> unconfigured(service, name));
        if (instance.url() == null
                || instance.apiKey() == null
                || instance.apiKey().isBlank()) {
            throw unconfigured(service, name);
        }
        try {
            return new ApiEndpoint(instance.url(), instance.apiKey(), instance.timeout());
        } catch (IllegalArgumentException e) {
            throw AttemptFailed.permanent(
                    "%s instance '%s' is misconfigured: %s".formatted(service, name, e.getMessage()));
        }
    }

    private <C> C client(
            SourceKind kind,
            String service,
            String name,
            BiFunction<ApiEndpoint, WebClient.Builder, C> create,
            Class<C> type) {
        return type.cast(clients.computeIfAbsent(
                kind.id() + "/" + name, key -> create.apply(endpoint(kind, service, name), webClient)));
    }

    private static AttemptFailed unconfigured(String service, String name) {
        return AttemptFailed.permanent("no %s instance '%s' configured: set callsheet.instances.%s.url and .api-key"
                .formatted(service, name, name.toLowerCase(Locale.ROOT)));
    }
}
