package dev.callsheet.story;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Every webhook endpoint, with the credential its sender presents, the content type it declares and
 * the real bodies its fuzzing starts from.
 */
enum FuzzTarget {
    OVERSEERR("/webhooks/overseerr", Body.JSON, "overseerr-*.json", "jellyseerr-*.json"),
    RADARR("/webhooks/radarr", Body.JSON, "radarr-*.json"),
    RADARR_NAMED_INSTANCE("/webhooks/radarr/" + FuzzTarget.RADARR_4K, Body.JSON, "radarr-*.json"),
    SONARR("/webhooks/sonarr", Body.JSON, "sonarr-*.json"),
    PLEX("/webhooks/plex", Body.PLEX, "plex-*.json"),
    QBITTORRENT("/webhooks/qbittorrent", Body.FORM, "qbittorrent-*.form"),
    SABNZBD("/webhooks/sabnzbd", Body.FORM, "sabnzbd-*.form"),
    NZBGET("/webhooks/nzbget", Body.FORM, "nzbget-*.form");

    static final String RADARR_4K = "radarr4k";
    static final String SCRIPTS_TOKEN = "scripts-secret";

    /** What the application needs besides {@link RunningCallsheet}'s defaults to serve every target. */
    static final Map<String, Object> SETTINGS = Map.of(
            "callsheet.intake.scripts.token",
            SCRIPTS_TOKEN,
            "callsheet.instances." + RADARR_4K + ".kind",
            "radarr",
            "callsheet.instances." + RADARR_4K + ".four-k",
            "true");

    /** The shape of an endpoint's body. */
    enum Body {
        JSON("application/json"),
        PLEX("multipart/form-data"),
        FORM("application/x-www-form-urlencoded");

        final String contentType;

        Body(String contentType) {
            this.contentType = contentType;
        }
    }

    final String path;
    final Body body;
    private final List<String> corpus;

    FuzzTarget(String path, Body body, String... corpus) {
        this.path = path;
        this.body = body;
        this.corpus = List.of(corpus);
    }

    /** The real bodies of this endpoint's sender (for Plex: the JSON of the {@code payload} part). */
    List<byte[]> seeds() {
        return FuzzCorpus.matching(corpus);
    }

    /** The path and query to send to: Plex carries its token in the query. */
    String uri() {
        return body == Body.PLEX ? path + "?token=" + RunningCallsheet.PLEX_TOKEN : path;
    }

    /** The {@code Content-Type} its sender declares. */
    String contentType() {
        return body == Body.PLEX ? PlexBodies.contentType() : body.contentType;
    }

    /** The {@code Authorization} header the sender presents, or null when it presents none (Plex). */
    String authorization() {
        return switch (this) {
            case OVERSEERR -> RunningCallsheet.OVERSEERR_AUTHORIZATION;
            case RADARR, RADARR_NAMED_INSTANCE, SONARR ->
                basic(RunningCallsheet.ARR_USER, RunningCallsheet.ARR_PASSWORD);
            case PLEX -> null;
            case QBITTORRENT, SABNZBD, NZBGET -> "Bearer " + SCRIPTS_TOKEN;
        };
    }

    /** Radarr and Sonarr may send {@code PUT} as well as {@code POST}. */
    boolean acceptsPut() {
        return this == RADARR || this == RADARR_NAMED_INSTANCE || this == SONARR;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
