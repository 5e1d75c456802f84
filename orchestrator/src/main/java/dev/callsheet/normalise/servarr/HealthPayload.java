package dev.callsheet.normalise.servarr;

/** The body of {@code Health} and {@code HealthRestored}; {@code type} names the health check. */
record HealthPayload(String level, String message, String type, String wikiUrl) {}
