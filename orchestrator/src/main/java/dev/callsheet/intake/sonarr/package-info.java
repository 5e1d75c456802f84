/**
 * Sonarr's webhooks. For now only its source events (Test, Health, HealthRestored,
 * ApplicationUpdate) become facts; series events are accepted, stored in {@code inbound} and
 * recorded on the source, and are parsed in the series issue.
 */
package dev.callsheet.intake.sonarr;
