/**
 * What Radarr (v3 to v5) and Sonarr (v3 and v4) share in their API v3 and Callsheet needs from both:
 * their connections ({@code GET /api/v3/notification}), read for the one kind that matters to
 * confirming imports in Plex, the arr's own "Plex Media Server" connection, which scans Plex by itself
 * after imports when "Update Library" is on; and their command queue ({@code /api/v3/command}), which
 * both arrs' clients start searches through and read them back from. {@link
 * dev.callsheet.adapters.servarr.ServarrClient} reads the connections; {@link
 * dev.callsheet.adapters.servarr.ArrPlexConnection#scanningOnImport} says which of them scan; {@link
 * dev.callsheet.adapters.servarr.ServarrCommands} starts and reads {@link
 * dev.callsheet.adapters.servarr.ServarrCommand commands}, whose status word a later version may add
 * reads as {@code UNKNOWN} (a client that reads a command's body itself, as Sonarr's does for its
 * searches, reads the status through {@link dev.callsheet.adapters.servarr.ServarrCommand.Status#ofWord}
 * all the same). The connection's Plex token is never read into anything this package hands on: Radarr
 * v3 and Sonarr v3 send it in clear.
 */
package dev.callsheet.adapters.servarr;
