/**
 * What Radarr (v3 to v5) and Sonarr (v3 and v4) share in their API v3 and Callsheet needs from both:
 * their connections ({@code GET /api/v3/notification}), read for the one kind that matters to
 * confirming imports in Plex, the arr's own "Plex Media Server" connection, which scans Plex by itself
 * after imports when "Update Library" is on. {@link dev.callsheet.adapters.servarr.ServarrClient} reads
 * them; {@link dev.callsheet.adapters.servarr.ArrPlexConnection#scanningOnImport} says which of them
 * scan. The connection's Plex token is never read into anything this package hands on: Radarr v3 and
 * Sonarr v3 send it in clear. {@link dev.callsheet.adapters.servarr.ServarrCommand} is a command of
 * either arr (a search, say) as its {@code /api/v3/command} reports it.
 */
package dev.callsheet.adapters.servarr;
