package dev.callsheet.normalise.servarr;

/** The body of {@code ApplicationUpdate}. */
record UpdatePayload(String message, String previousVersion, String newVersion) {}
