/**
 * Radarr's webhooks (v3 to v6): every event type becomes a movie fact keyed by TMDB id, or a source
 * event. The vendor DTOs here are package-private and never leave the package.
 */
package dev.callsheet.normalise.radarr;
