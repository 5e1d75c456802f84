package dev.callsheet.source;

import dev.callsheet.events.SourceKind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
     * @param token a Plex server's {@code X-Plex-Token}; a secret like the API key
     * @param pathMappings for a Plex server: how the *arr apps' paths read on it, tried in order
     * @param mode for a Plex server: whether Callsheet asks it to scan an imported folder, or only
     *     confirms what another scan found
     * @param rootFolder for Radarr and Sonarr: the root folder (path or id) that media added for a request
     *     made in Callsheet go to; null when the arr has only one
     * @param qualityProfile for Radarr and Sonarr: the quality profile (name or id) media are added with;
     *     null when the arr has only one
     * @param languageProfile for Sonarr v3: the language profile (name or id) series are added with; null
     *     for the first
     */
    public record Instance(
            SourceKind kind,
            URI url,
            String apiKey,
            String username,
            String password,
            @DefaultValue("false") boolean fourK,
            @DefaultValue("10s") Duration timeout,
            String token,
            List<PathMapping> pathMappings,
            @DefaultValue("scan") PlexMode mode,
            String rootFolder,
            String qualityProfile,
            String languageProfile) {

        @ConstructorBinding
        public Instance {
            pathMappings = pathMappings == null ? List.of() : List.copyOf(pathMappings);
            mode = mode == null ? PlexMode.SCAN : mode;
        }

        /** An instance that is not a Plex server. */
        public Instance(
                SourceKind kind,
                URI url,
                String apiKey,
                String username,
                String password,
                boolean fourK,
                Duration timeout) {
            this(kind, url, apiKey, username, password, fourK, timeout, null, List.of(), PlexMode.SCAN);
        }

        /** An instance that adds no media. */
        public Instance(
                SourceKind kind,
                URI url,
                String apiKey,
                String username,
                String password,
                boolean fourK,
                Duration timeout,
                String token,
                List<PathMapping> pathMappings,
                PlexMode mode) {
            this(kind, url, apiKey, username, password, fourK, timeout, token, pathMappings, mode, null, null, null);
        }

        @Override
        public String toString() {
            return "Instance[kind=" + kind + ", url=" + url + ", fourK=" + fourK + "]";
        }
    }

    /**
     * A path prefix as an *arr app reports it ({@code from}, e.g. {@code /data/media/movies}) and as
     * the Plex server sees the same folder ({@code to}, e.g. {@code /movies}).
     */
    public record PathMapping(String from, String to) {}

    /** Whether Callsheet asks Plex to scan an imported folder. */
    public enum PlexMode {
        /** Callsheet asks Plex to scan the folder, then confirms the item (the default). */
        SCAN,
        /**
         * Something else scans (the *arr app's own Plex connection): Callsheet only confirms, and
         * scans itself only when the item does not show up.
         */
        OBSERVE
    }
}
