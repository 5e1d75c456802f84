/**
 * Typed clients for the outside services Callsheet acts on, one sub-package per service: {@link
 * dev.callsheet.adapters.radarr Radarr}, {@link dev.callsheet.adapters.sonarr Sonarr}, what Radarr and
 * Sonarr answer alike ({@link dev.callsheet.adapters.servarr servarr}), {@link
 * dev.callsheet.adapters.overseerr Overseerr}, {@link dev.callsheet.adapters.plex Plex}, and the
 * download clients {@link dev.callsheet.adapters.qbittorrent
 * qBittorrent}, {@link dev.callsheet.adapters.sabnzbd SABnzbd} and {@link
 * dev.callsheet.adapters.nzbget NZBGet}, whose jobs share the model in {@link
 * dev.callsheet.adapters.download}. What they share lives here: an instance's {@link
 * dev.callsheet.adapters.ApiEndpoint} (URL, API key, timeout), the {@link
 * dev.callsheet.adapters.JsonApi} that calls it, and the one failure model, {@link
 * dev.callsheet.adapters.AdapterFailure}, whose kind tells a retry policy whether trying again can
 * help. The clients return Reactor types and never retry themselves: retrying belongs to whoever
 * runs the command.
 */
package dev.callsheet.adapters;
