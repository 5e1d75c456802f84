package dev.callsheet.intake.credential;

/**
 * The credential each webhook sender must present, resolved at start-up (bean {@code
 * intakeCredentials}). The constants name the properties that configure them, which are also their
 * names in the secrets file.
 *
 * @param overseerrAuthorization the exact {@code Authorization} header value of Overseerr
 * @param radarr the HTTP Basic credential of every Radarr instance
 * @param sonarr the HTTP Basic credential of every Sonarr instance
 * @param plexToken the {@code token} query parameter of the Plex webhook URL
 * @param scriptsToken the bearer token of the qBittorrent, SABnzbd and NZBGet scripts
 */
public record IntakeCredentials(
        Secret overseerrAuthorization,
        BasicCredential radarr,
        BasicCredential sonarr,
        Secret plexToken,
        Secret scriptsToken) {

    public static final String OVERSEERR_AUTHORIZATION = "callsheet.intake.overseerr.authorization";
    public static final String RADARR_USERNAME = "callsheet.intake.radarr.username";
    public static final String RADARR_PASSWORD = "callsheet.intake.radarr.password";
    public static final String SONARR_USERNAME = "callsheet.intake.sonarr.username";
    public static final String SONARR_PASSWORD = "callsheet.intake.sonarr.password";
    public static final String PLEX_TOKEN = "callsheet.intake.plex.token";
    public static final String SCRIPTS_TOKEN = "callsheet.intake.scripts.token";
}
