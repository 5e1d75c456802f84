package dev.callsheet.source;

import dev.callsheet.events.SourceKind;

/** How a source instance is named to a person: {@code Sonarr sonarr4k}, {@code qBittorrent qbit}. */
public final class SourceNames {

    private SourceNames() {}

    /** The kind as its makers write it, then the configured instance. */
    public static String of(SourceKind source, String instance) {
        String kind =
                switch (source) {
                    case OVERSEERR -> "Overseerr";
                    case RADARR -> "Radarr";
                    case SONARR -> "Sonarr";
                    case PLEX -> "Plex";
                    case PROWLARR -> "Prowlarr";
                    case QBITTORRENT -> "qBittorrent";
                    case SABNZBD -> "SABnzbd";
                    case NZBGET -> "NZBGet";
                    case CALLSHEET -> "Callsheet";
                };
        return instance == null || instance.isBlank() ? kind : kind + " " + instance;
    }
}
