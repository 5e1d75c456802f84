package dev.callsheet.adapters.plex;

/**
 * Which Plex Media Server answers, from {@code GET /identity}.
 *
 * @param machineIdentifier the server's own id, the same across restarts and address changes
 * @param version e.g. {@code 1.41.3.9314-a0bfb8370}; null when the server does not say
 */
public record PlexIdentity(String machineIdentifier, String version) {}
