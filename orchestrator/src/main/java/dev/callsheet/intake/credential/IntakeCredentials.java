package dev.callsheet.intake.credential;

/**
 * The credential each webhook sender must present, resolved at start-up (bean {@code
 * intakeCredentials}).
 *
 * @param overseerrAuthorization the exact {@code Authorization} header value of Overseerr
 * @param radarr the HTTP Basic credential of every Radarr instance
 * @param sonarr the HTTP Basic credential of every Sonarr instance
 * @param plexToken the {@code token} query parameter of the Plex webhook URL
 */
public record IntakeCredentials(
        Secret overseerrAuthorization, BasicCredential radarr, BasicCredential sonarr, Secret plexToken) {}
