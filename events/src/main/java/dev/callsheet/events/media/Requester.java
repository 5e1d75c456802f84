package dev.callsheet.events.media;

/** Who asked for it, as the request manager names them (a display name, not necessarily a login). */
public record Requester(String username, String email) {}
