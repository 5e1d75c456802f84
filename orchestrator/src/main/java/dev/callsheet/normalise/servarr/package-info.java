/**
 * What Radarr and Sonarr send alike, because both come from the shared Servarr code base: the
 * connection test, health checks failing and passing again, application updates, and the release,
 * download and status-message parts of their media events. The per-app parsers in {@code
 * intake.radarr} and {@code intake.sonarr} delegate these here.
 */
package dev.callsheet.normalise.servarr;
