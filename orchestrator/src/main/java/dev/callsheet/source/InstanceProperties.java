package dev.callsheet.source;

import dev.callsheet.events.SourceKind;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outside services, declared once as named instances ({@code callsheet.instances.radarr4k.*}).
 * The webhook path {@code /webhooks/radarr} belongs to the instance named {@code radarr}, {@code
 * /webhooks/radarr/radarr4k} to the one named {@code radarr4k}.
 */
@ConfigurationProperties("callsheet")
public record InstanceProperties(Map<String, Instance> instances) {

    public InstanceProperties {
        instances = instances == null ? Map.of() : Map.copyOf(instances);
    }

    /** The instance called {@code name}, if one is declared with that kind. */
    public Optional<Instance> find(SourceKind kind, String name) {
        return Optional.ofNullable(instances.get(name)).filter(instance -> instance.kind() == kind);
    }

    /**
     * One outside service.
     *
     * @param kind which service it is
     * @param url its base URL, for adapters that call it
     * @param apiKey its API key; never logged, never returned by an endpoint
     * @param fourK whether it serves the 4K copies: its media are separate items ({@code
     *     movie:tmdb:603:4k})
     * @param timeout how long a call to it may take
     */
    public record Instance(
            SourceKind kind,
            URI url,
            String apiKey,
            String username,
            String password,
            @DefaultValue("false") boolean fourK,
            @DefaultValue("10s") Duration timeout) {

        @Override
        public String toString() {
            return "Instance[kind=" + kind + ", url=" + url + ", fourK=" + fourK + "]";
        }
    }
}
