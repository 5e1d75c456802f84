/**
 * Whether Radarr and Sonarr scan Plex themselves: their own "Plex Media Server" connection with
 * "Update Library" on asks Plex to scan after every import, and so does Callsheet in {@code scan}
 * mode, which doubles the scans of one section. Each declared arr with a URL and an API key is asked
 * ({@code GET /api/v3/notification}) after the start and every hour; what it answered, or why it could
 * not be asked, is shown on {@code /api/sources}, and a hint is logged when an arr scans a Plex server
 * Callsheet also scans. Nothing here changes what Callsheet does: switching a Plex instance to {@code
 * observe} is left to the admin.
 */
package dev.callsheet.plex.arr;
