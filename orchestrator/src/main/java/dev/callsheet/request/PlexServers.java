package dev.callsheet.request;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Plex servers Callsheet confirms imports on, by instance name, as the decider's input (like
 * the re-list interval): built from the configuration, never read by the core itself. With none,
 * Plex's {@code library.new} alone makes an item available, as before Plex confirmation existed.
 *
 * @param servers each server's mode, by its configured instance name; sorted, so that the commands
 *     for them come out in the same order on every replay
 */
public record PlexServers(Map<String, Mode> servers) {

    /** No Plex server configured. */
    public static final PlexServers NONE = new PlexServers(Map.of());

    public PlexServers {
        servers = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(servers, Map.of())));
    }

    /** Whether any Plex server confirms imports: then only its confirmation makes an item available. */
    public boolean configured() {
        return !servers.isEmpty();
    }

    boolean has(String instance) {
        return servers.containsKey(instance);
    }

    /** Whether Callsheet asks a server to scan an imported folder. */
    public enum Mode {
        /** Callsheet asks for a scan of the folder, then confirms. */
        SCAN,
        /** Something else scans (the *arr app's own Plex connection); Callsheet only confirms. */
        OBSERVE
    }
}
