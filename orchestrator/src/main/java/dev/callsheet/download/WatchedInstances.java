package dev.callsheet.download;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.nzbget.NzbgetClient;
import dev.callsheet.adapters.qbittorrent.QbittorrentClient;
import dev.callsheet.adapters.qbittorrent.QbittorrentEndpoint;
import dev.callsheet.adapters.sabnzbd.SabnzbdClient;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The download client instances that can be watched, from {@code callsheet.instances.*}. An instance
 * without the settings its client needs is not watched, with one warning naming them.
 */
final class WatchedInstances {

    private static final Logger log = LoggerFactory.getLogger(WatchedInstances.class);

    private WatchedInstances() {}

    static List<WatchedInstance> of(InstanceProperties instances, WebClient.Builder webClient) {
        List<WatchedInstance> watched = new ArrayList<>();
        new TreeMap<>(instances.instances()).forEach((name, instance) -> watchable(name, instance, webClient)
                .ifPresent(watched::add));
        return List.copyOf(watched);
    }

    private static Optional<WatchedInstance> watchable(String name, Instance instance, WebClient.Builder webClient) {
        if (instance.kind() == null) {
            return Optional.empty();
        }
        return switch (instance.kind()) {
            case QBITTORRENT -> qbittorrent(name, instance, webClient);
            case SABNZBD -> sabnzbd(name, instance, webClient);
            case NZBGET -> nzbget(name, instance, webClient);
            case OVERSEERR, RADARR, SONARR, PLEX, PROWLARR, CALLSHEET -> Optional.empty();
        };
    }

    private static Optional<WatchedInstance> qbittorrent(String name, Instance instance, WebClient.Builder webClient) {
        if (missing(name, "qBittorrent", instance, username(instance), password(instance))) {
            return Optional.empty();
        }
        try {
            var endpoint = new QbittorrentEndpoint(
                    instance.url(), instance.username(), instance.password(), instance.timeout());
            var jobs = new QbittorrentJobs(new QbittorrentClient(endpoint, webClient));
            return Optional.of(
                    watched(SourceKind.QBITTORRENT, name, "qBittorrent", endpoint.displayUrl(), instance, jobs));
        } catch (IllegalArgumentException e) {
            return misconfigured(name, "qBittorrent", e);
        }
    }

    private static Optional<WatchedInstance> sabnzbd(String name, Instance instance, WebClient.Builder webClient) {
        if (missing(name, "SABnzbd", instance, new Setting("api-key", instance.apiKey()))) {
            return Optional.empty();
        }
        try {
            var endpoint = new ApiEndpoint(instance.url(), instance.apiKey(), instance.timeout());
            var client = new SabnzbdClient(endpoint, webClient);
            var jobs = new UsenetJobs(client::queue, client::history, client::version);
            return Optional.of(watched(SourceKind.SABNZBD, name, "SABnzbd", endpoint.displayUrl(), instance, jobs));
        } catch (IllegalArgumentException e) {
            return misconfigured(name, "SABnzbd", e);
        }
    }

    // NZBGet's ControlPassword travels as the endpoint's key, with the ControlUsername as Basic auth.
    private static Optional<WatchedInstance> nzbget(String name, Instance instance, WebClient.Builder webClient) {
        if (missing(name, "NZBGet", instance, username(instance), password(instance))) {
            return Optional.empty();
        }
        try {
            var endpoint = new ApiEndpoint(instance.url(), instance.password(), instance.timeout());
            var client = new NzbgetClient(endpoint, instance.username(), webClient);
            var jobs = new UsenetJobs(client::queue, client::history, client::version);
            return Optional.of(watched(SourceKind.NZBGET, name, "NZBGet", endpoint.displayUrl(), instance, jobs));
        } catch (IllegalArgumentException e) {
            return misconfigured(name, "NZBGet", e);
        }
    }

    private static WatchedInstance watched(
            SourceKind kind, String name, String service, String url, Instance instance, ClientJobs jobs) {
        return new WatchedInstance(kind, name, service, url, instance.timeout(), jobs);
    }

    /** A credential setting of an instance: its key under {@code callsheet.instances.<name>.}, and its value. */
    private record Setting(String key, String value) {}

    private static Setting username(Instance instance) {
        return new Setting("username", instance.username());
    }

    private static Setting password(Instance instance) {
        return new Setting("password", instance.password());
    }

    /** Whether the URL or one of {@code credentials} is unset; if so, warns naming every such key. */
    private static boolean missing(String name, String service, Instance instance, Setting... credentials) {
        List<String> unset = new ArrayList<>();
        if (instance.url() == null) {
            unset.add("url");
        }
        for (Setting credential : credentials) {
            if (credential.value() == null || credential.value().isBlank()) {
                unset.add(credential.key());
            }
        }
        if (unset.isEmpty()) {
            return false;
        }
        String prefix = "callsheet.instances." + name + ".";
        log.warn(
                "{} instance '{}' is not watched: set {}",
                service,
                name,
                String.join(" and ", unset.stream().map(key -> prefix + key).toList()));
        return true;
    }

    private static Optional<WatchedInstance> misconfigured(String name, String service, IllegalArgumentException e) {
        log.warn("{} instance '{}' is not watched: {}", service, name, e.getMessage());
        return Optional.empty();
    }
}
