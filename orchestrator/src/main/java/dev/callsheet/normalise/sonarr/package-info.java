/**
 * Sonarr's webhooks (v3 and v4): every event type becomes a series fact keyed by TVDB id, naming
 * the episodes it is about, or a source event. The vendor DTOs here are package-private and never
 * leave the package.
 */
package dev.callsheet.normalise.sonarr;
