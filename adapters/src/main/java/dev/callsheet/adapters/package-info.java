/**
 * Typed clients for the outside services Callsheet acts on (Radarr, Sonarr, Overseerr, Plex,
 * Prowlarr, download clients), one sub-package per service. The first, Sonarr's, arrives with
 * per-episode tracking (issue 3); movies need no outbound call yet.
 */
package dev.callsheet.adapters;
