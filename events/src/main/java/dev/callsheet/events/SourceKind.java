package dev.callsheet.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kinds of outside service Callsheet hears from or talks to, and Callsheet itself: {@link
 * #CALLSHEET} marks the outcomes of its own commands, which come back through {@code inbound} like
 * webhooks (no webhook endpoint accepts it).
 */
public enum SourceKind {
    OVERSEERR,
    RADARR,
    SONARR,
    PLEX,
    PROWLARR,
    QBITTORRENT,
    SABNZBD,
    NZBGET,
    CALLSHEET;

    /** The lower-case name used in URLs, config keys, record keys and JSON. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SourceKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
