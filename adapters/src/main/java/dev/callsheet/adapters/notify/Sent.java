package dev.callsheet.adapters.notify;

/**
 * A notice the channel accepted.
 *
 * @param receipt the channel's id of the message when it gives one ({@code event_id}, a Pushover request
 *     id, a Discord message id); null when it gives none
 */
public record Sent(String receipt) {}
