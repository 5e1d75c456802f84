package dev.callsheet.intake.servarr;

/** The body of {@code ApplicationUpdate}. */
record UpdatePayload(String message, String previousVersion, String newVersion) {}
